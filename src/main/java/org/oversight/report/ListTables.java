package org.oversight.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.oversight.model.DomainException;
import org.oversight.model.EntityType;
import org.oversight.model.Field;
import org.oversight.model.Model;
import org.oversight.model.RelationField;
import org.oversight.model.ValueType;
import org.oversight.security.Visibility;
import org.oversight.store.EntityStore;
import org.oversight.store.GraphEntity;
import org.oversight.store.Page;
import org.oversight.store.Sort;
import org.springframework.stereotype.Component;

/**
 * A typed list (findings, leads, …) as a table: the same read as the list field, with the
 * same filter, sort and visibility, page after page; the entity's own values one a column
 * with Chinese headers, codes in Chinese, references by the name of the entity they point
 * at (as the caller may see it).
 */
@Component
class ListTables {

	/** The most rows one table holds; a larger list must be narrowed by its filter. */
	static final int MAX_ROWS = 20_000;

	/** Chinese headers by property; a property not listed keeps its column name. */
	private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("id", "编号"), Map.entry("name", "名称"),
			Map.entry("kind", "组织类型"), Map.entry("level", "层级"), Map.entry("sector", "行业领域"),
			Map.entry("category", "问题类别"), Map.entry("foundDate", "发现日期"), Map.entry("severity", "严重程度"),
			Map.entry("title", "标题"), Map.entry("description", "问题描述"), Map.entry("amount", "涉及金额（元）"),
			Map.entry("source", "线索来源"), Map.entry("status", "状态"), Map.entry("createdDate", "登记日期"),
			Map.entry("disposal", "处置方式"), Map.entry("summary", "线索摘要"), Map.entry("greenChannel", "绿色通道"),
			Map.entry("openedDate", "立案日期"), Map.entry("closedDate", "结案日期"), Map.entry("task", "整改任务"),
			Map.entry("deadline", "整改时限"), Map.entry("completedDate", "完成日期"), Map.entry("regulation", "建章立制"),
			Map.entry("evidence", "整改佐证"), Map.entry("measures", "整改措施"), Map.entry("problem", "问题清单"),
			Map.entry("supervision", "督办方式"), Map.entry("effect", "整改效果"), Map.entry("onTheSpot", "立行立改"),
			Map.entry("signedDate", "签字日期"), Map.entry("publishedDate", "公开日期"), Map.entry("publishedIn", "公开渠道"),
			Map.entry("orgId", "被巡察单位"), Map.entry("teamId", "巡察组"), Map.entry("parentId", "上级单位"),
			Map.entry("regionId", "行政区划"), Map.entry("findingId", "所属问题"), Map.entry("leadId", "来源线索"),
			Map.entry("handledBy", "办理机关"), Map.entry("transferredTo", "移交机关"), Map.entry("responsibleOrgId", "责任单位"),
			Map.entry("responsiblePersonId", "责任人"), Map.entry("supervisorId", "督办单位"), Map.entry("signedBy", "签字书记"));

	private final EntityStore store;

	private final Model model;

	ListTables(EntityStore store, Model model) {
		this.store = store;
		this.model = model;
	}

	Table table(String kind, Map<String, Object> filter, List<Map<String, Object>> sort, Visibility visibility) {
		EntityType type = this.model.requireEntity(kind);
		List<Field> columns = new ArrayList<>();
		columns.add(Field.text("id"));
		type.fields().stream().filter((f) -> f.type() != ValueType.IDENTIFIER).forEach(columns::add);
		List<Sort> sorts = (sort != null) ? sort.stream()
			.map((s) -> new Sort((String) s.get("field"), "DESC".equals(String.valueOf(s.get("direction")))))
			.toList() : List.of();
		List<List<Object>> rows = new ArrayList<>();
		for (int offset = 0;; offset += Page.MAX_SIZE) {
			List<GraphEntity> page = this.store.list(kind, filter, sorts, new Page(offset, Page.MAX_SIZE), visibility);
			Map<Field, Map<String, List<Object>>> followed = follow(kind, columns, page, visibility);
			page.forEach((e) -> rows.add(columns.stream().map((f) -> value(e, f, followed.get(f))).toList()));
			if (rows.size() > MAX_ROWS) {
				throw DomainException.limit("filter",
						"The list has more than " + MAX_ROWS + " rows; narrow the filter to export it");
			}
			if (page.size() < Page.MAX_SIZE) {
				break;
			}
		}
		List<String> headers = columns.stream().map((f) -> HEADERS.getOrDefault(f.name(), f.column())).toList();
		return new Table(type.zh() + "清单", describe(filter, sort), headers, rows);
	}

	/**
	 * For each reference column kept as a relationship, the entity at its other end per
	 * listed entity, read as the caller in one statement a column (what the caller may
	 * not see stays empty).
	 */
	private Map<Field, Map<String, List<Object>>> follow(String kind, List<Field> columns, List<GraphEntity> page,
			Visibility visibility) {
		List<String> ids = page.stream().map(GraphEntity::id).toList();
		Map<Field, Map<String, List<Object>>> followed = new HashMap<>();
		for (Field field : columns) {
			if (field.isReference() && field.relation() != null && !ids.isEmpty()) {
				followed.put(field, this.store.follow(RelationField.one(kind, field.name(), field.relation(), null),
						ids, visibility));
			}
		}
		return followed;
	}

	private static Object value(GraphEntity entity, Field field, Map<String, List<Object>> followed) {
		if (followed != null) {
			List<Object> ends = followed.getOrDefault(entity.id(), List.of());
			return ends.stream()
				.filter(GraphEntity.class::isInstance)
				.map((e) -> ((GraphEntity) e).name())
				.findFirst()
				.orElse(null);
		}
		Object value = "id".equals(field.name()) ? entity.id() : entity.properties().get(field.name());
		if (value == null) {
			return null;
		}
		if (field.type() == ValueType.CODE) {
			String zh = field.zhOf(value);
			return (zh != null) ? zh : value;
		}
		if (value instanceof Boolean b) {
			return b ? "是" : "否";
		}
		return value;
	}

	/** The filter and sort in words, as the header of the table shows them. */
	static String describe(Map<String, Object> filter, List<Map<String, Object>> sort) {
		String words = (filter == null) ? ""
				: filter.entrySet()
					.stream()
					.filter((e) -> e.getValue() != null)
					.map((e) -> e.getKey() + " = " + words(e.getValue()))
					.collect(Collectors.joining("；"));
		if (sort != null && !sort.isEmpty()) {
			words += (words.isEmpty() ? "" : "；") + "排序 " + sort.stream()
				.map((s) -> s.get("field") + ("DESC".equals(String.valueOf(s.get("direction"))) ? " 降序" : " 升序"))
				.collect(Collectors.joining("、"));
		}
		return (words.isEmpty() ? "无（全部记录）" : words) + "；仅含导出人可见的记录";
	}

	private static String words(Object value) {
		if (value instanceof java.util.Collection<?> values) {
			return values.stream().map(String::valueOf).collect(Collectors.joining("、"));
		}
		return String.valueOf(value);
	}

}

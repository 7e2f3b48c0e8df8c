package org.oversight.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.oversight.model.EntityType;
import org.oversight.model.Field;
import org.oversight.model.LinkType;
import org.oversight.model.Model;
import org.oversight.model.ValueType;
import org.oversight.store.Problem;
import org.oversight.store.References;
import org.oversight.store.Values;

/**
 * Validates a whole bundle before anything is written: files and headers known, values
 * well formed, ids unique, every reference resolvable in the bundle or the database and
 * of the right kind. Optionally drops the bad rows (and, in turn, the rows that pointed
 * at them).
 */
final class BundleCheck {

	private static final Field ID = Field.text("id").required();

	private final Model model;

	private final References references;

	final Map<EntityType, List<CheckedRow>> entities = new LinkedHashMap<>();

	final Map<LinkType, List<CheckedRow>> links = new LinkedHashMap<>();

	final List<ImportError> errors = new ArrayList<>();

	private final List<ImportError> fileErrors = new ArrayList<>();

	/** The provenance the records will carry. */
	String source;

	/** Ids already in the database, with their kind. */
	Map<String, String> existing = Map.of();

	/** Ids of identified links (transfers) already in the database. */
	Set<String> existingLinkIds = Set.of();

	/** Files kept by features outside the model ({@link BundlePart}), checked by them. */
	private final Set<String> partFiles;

	BundleCheck(Model model, References references, Set<String> partFiles) {
		this.model = model;
		this.references = references;
		this.partFiles = partFiles;
	}

	/**
	 * The kind of each id, as defined by the bundle (rows that passed) or else the
	 * database; ids defined nowhere are absent. For the checks of {@link BundlePart}s.
	 */
	Map<String, String> kinds(java.util.Collection<String> ids) {
		Map<String, String> kinds = new HashMap<>();
		this.entities.forEach((type, rows) -> rows.forEach((row) -> {
			String id = (String) row.values().get("id");
			if (ids.contains(id)) {
				kinds.put(id, type.kind());
			}
		}));
		List<String> rest = ids.stream().filter((id) -> !kinds.containsKey(id)).distinct().toList();
		kinds.putAll(this.references.kinds(rest));
		return kinds;
	}

	BundleCheck run(Bundle bundle, boolean skipBadRows) {
		checkManifest(bundle);
		for (Bundle.File file : bundle.files()) {
			readFile(file);
		}
		dedupeLinks();
		checkReferences(skipBadRows);
		findExistingLinks();
		return this;
	}

	/**
	 * A link row given twice is written once: the later row wins, as a re-import would. A
	 * transfer id given twice is an error.
	 */
	private void dedupeLinks() {
		this.links.forEach((link, rows) -> {
			Map<List<Object>, CheckedRow> last = new LinkedHashMap<>();
			for (CheckedRow row : rows) {
				List<Object> key = new ArrayList<>();
				if (link.identified()) {
					key.add(row.values().get("id"));
				}
				else {
					key.add(row.values().get(link.from().name()));
					key.add(row.values().get(link.to().name()));
					link.keys().forEach((f) -> key.add(row.values().get(f.name())));
				}
				CheckedRow earlier = last.put(key, row);
				if (earlier != null && link.identified()) {
					this.errors.add(new ImportError(row.file(), row.line(), "id",
							"'" + key.get(0) + "' is already the id of " + earlier.file() + ":" + earlier.line()));
				}
			}
			if (last.size() < rows.size()) {
				Set<CheckedRow> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
				keep.addAll(last.values());
				rows.removeIf((r) -> !keep.contains(r));
			}
		});
	}

	private void findExistingLinks() {
		Set<String> ids = new HashSet<>();
		this.links.forEach((link, rows) -> {
			if (link.identified()) {
				rows.forEach((r) -> ids.add((String) r.values().get("id")));
			}
		});
		this.existingLinkIds = this.model.linkTypes()
			.stream()
			.filter(LinkType::identified)
			.findFirst()
			.map((l) -> this.references.existingRelationshipIds(l.relation(), ids))
			.orElse(Set.of());
	}

	/** With a manifest, exactly the files it names must be there. */
	private void checkManifest(Bundle bundle) {
		if (bundle.manifest() == null || bundle.manifest().files() == null) {
			return;
		}
		List<String> present = bundle.files().stream().map(Bundle.File::name).toList();
		bundle.manifest()
			.files()
			.stream()
			.filter((f) -> !present.contains(f))
			.forEach((f) -> fileError(new ImportError(Manifest.FILE, 0, "files", f + " is named but missing")));
		present.stream()
			.filter((f) -> !bundle.manifest().files().contains(f))
			.forEach((f) -> fileError(new ImportError(Manifest.FILE, 0, "files", f + " is present but not named")));
	}

	/**
	 * Applies the features' rules across rows ({@link BundleRule}) to the rows that
	 * passed so far; with skipping, drops the rows they refuse and, in turn, the rows
	 * that pointed at them.
	 */
	void checkRules(List<BundleRule> rules, boolean skipBadRows) {
		BundleRule.Rows rows = new RuleRows();
		List<ImportError> found = new ArrayList<>();
		rules.forEach((rule) -> found.addAll(rule.check(rows)));
		this.errors.addAll(found);
		if (skipBadRows && !found.isEmpty()) {
			checkReferences(true);
			findExistingLinks();
		}
	}

	/** The rows as the rules see them: by the model's file name, and entities by id. */
	private final class RuleRows implements BundleRule.Rows {

		private Map<String, Map<String, Object>> byId;

		@Override
		public List<BundleRule.Row> of(String file) {
			List<CheckedRow> rows = BundleCheck.this.model.entityByFile(file)
				.map(BundleCheck.this.entities::get)
				.orElseGet(() -> BundleCheck.this.model.linkByFile(file).map(BundleCheck.this.links::get).orElse(null));
			if (rows == null) {
				return List.of();
			}
			return rows.stream()
				.map((r) -> new BundleRule.Row(r.file(), r.line(), java.util.Collections.unmodifiableMap(r.values())))
				.toList();
		}

		@Override
		public Map<String, Object> entity(String kind, String id) {
			if (this.byId == null) {
				this.byId = new HashMap<>();
				BundleCheck.this.entities.forEach((type, rows) -> rows
					.forEach((r) -> this.byId.putIfAbsent(type.kind() + "/" + r.values().get("id"),
							java.util.Collections.unmodifiableMap(r.values()))));
			}
			return this.byId.get(kind + "/" + id);
		}

	}

	long entityRows() {
		return this.entities.values().stream().mapToLong(List::size).sum();
	}

	long linkRows() {
		return this.links.values().stream().mapToLong(List::size).sum();
	}

	/**
	 * Errors that concern a whole file (unknown file, bad header, manifest): never
	 * skippable.
	 */
	List<ImportError> fileErrors() {
		return this.fileErrors;
	}

	/** An error found outside this check (by a {@link BundlePart}). */
	void addError(ImportError error, boolean wholeFile) {
		if (wholeFile) {
			fileError(error);
		}
		else {
			this.errors.add(error);
		}
	}

	private void fileError(ImportError error) {
		this.errors.add(error);
		this.fileErrors.add(error);
	}

	private void readFile(Bundle.File file) {
		if (this.partFiles.contains(file.name())) {
			return;
		}
		String name = DataFiles.modelName(file.name());
		var entity = this.model.entityByFile(name);
		var link = this.model.linkByFile(name);
		if (entity.isEmpty() && link.isEmpty()) {
			fileError(new ImportError(file.label(), 0, "-", "not a file of the import format"));
			return;
		}
		List<Field> fields = new ArrayList<>();
		if (entity.isPresent() || link.get().identified()) {
			fields.add(ID);
		}
		fields.addAll(entity.map(EntityType::fields).orElseGet(() -> link.get().columns()));
		Set<String> allowed = new LinkedHashSet<>();
		Set<String> required = new LinkedHashSet<>();
		fields.forEach((f) -> {
			allowed.add(f.column());
			if (f.mandatory()) {
				required.add(f.column());
			}
		});
		DataFiles.Read read = DataFiles.read(file, allowed, required);
		read.errors().forEach((e) -> {
			if (DataFiles.isFileError(file.name(), e)) {
				fileError(e);
			}
			else {
				this.errors.add(e);
			}
		});
		Set<String> missing = new HashSet<>();
		read.errors().stream().filter((e) -> e.line() == 1).forEach((e) -> missing.add(e.column()));
		List<CheckedRow> rows = checkValues(read.rows(), fields, missing);
		entity.ifPresent((e) -> this.entities.computeIfAbsent(e, (k) -> new ArrayList<>()).addAll(rows));
		link.ifPresent((l) -> this.links.computeIfAbsent(l, (k) -> new ArrayList<>()).addAll(rows));
	}

	/**
	 * Checks each row's values; a column missing from the header is reported once, not
	 * per row.
	 */
	private List<CheckedRow> checkValues(List<Row> rows, List<Field> fields, Set<String> missingColumns) {
		List<CheckedRow> checked = new ArrayList<>();
		for (Row row : rows) {
			Map<String, Object> raw = new HashMap<>();
			fields.forEach((f) -> {
				if (row.cells().containsKey(f.column())) {
					raw.put(f.name(), row.cells().get(f.column()));
				}
			});
			Values.Checked result = Values.check(fields, raw, true, true);
			for (Problem p : result.problems()) {
				if (!missingColumns.contains(p.field())) {
					this.errors.add(new ImportError(row.file(), row.line(), p.field(), p.reason()));
				}
			}
			// A row with bad values is still checked for references, so every problem is
			// reported.
			checked.add(new CheckedRow(row.file(), row.line(), result.values()));
		}
		return checked;
	}

	/**
	 * Checks ids and references; with skipping, repeats until no dropped row is
	 * referenced.
	 */
	private void checkReferences(boolean skipBadRows) {
		if (skipBadRows) {
			drop(this.errors);
		}
		Set<String> referenced = new HashSet<>();
		this.entities.values().forEach((rows) -> rows.forEach((r) -> referenced.add((String) r.values().get("id"))));
		forEachReference((row, field, id) -> referenced.add(id));
		// A row whose id was refused (too long, an invisible character) has none.
		referenced.remove(null);
		this.existing = this.references.kinds(referenced);
		boolean dropped = true;
		while (dropped) {
			List<ImportError> found = new ArrayList<>();
			Map<String, String> bundleKinds = bundleIds(found);
			forEachReference((row, field, id) -> {
				String kind = bundleKinds.containsKey(id) ? bundleKinds.get(id) : this.existing.get(id);
				String problem = References.problem(id, kind, field.targets());
				if (problem != null) {
					found.add(new ImportError(row.file(), row.line(), field.column(), problem));
				}
			});
			this.errors.addAll(found);
			dropped = skipBadRows && drop(found);
		}
	}

	/**
	 * The ids the bundle defines, with their kind; duplicates and kind changes are
	 * errors.
	 */
	private Map<String, String> bundleIds(List<ImportError> found) {
		Map<String, String> kinds = new HashMap<>();
		Map<String, CheckedRow> first = new HashMap<>();
		this.entities.forEach((type, rows) -> rows.forEach((row) -> {
			String id = (String) row.values().get("id");
			if (id == null) {
				return;
			}
			CheckedRow earlier = first.putIfAbsent(id, row);
			if (earlier != null) {
				found.add(new ImportError(row.file(), row.line(), "id",
						"'" + id + "' is already the id of " + earlier.file() + ":" + earlier.line()));
			}
			String stored = this.existing.get(id);
			if (stored != null && !stored.equals(type.kind())) {
				found.add(new ImportError(row.file(), row.line(), "id",
						"'" + id + "' is already the id of a " + stored + " in the database"));
			}
			kinds.put(id, type.kind());
		}));
		return kinds;
	}

	private boolean drop(List<ImportError> found) {
		Set<String> bad = new HashSet<>();
		found.forEach((e) -> bad.add(e.file() + ":" + e.line()));
		if (bad.isEmpty()) {
			return false;
		}
		this.entities.values().forEach((rows) -> rows.removeIf((r) -> bad.contains(r.file() + ":" + r.line())));
		this.links.values().forEach((rows) -> rows.removeIf((r) -> bad.contains(r.file() + ":" + r.line())));
		return true;
	}

	private interface ReferenceVisitor {

		void visit(CheckedRow row, Field field, String id);

	}

	private void forEachReference(ReferenceVisitor visitor) {
		this.entities.forEach((type,
				rows) -> rows.forEach((row) -> type.fields()
					.stream()
					.filter((f) -> f.type() == ValueType.REFERENCE)
					.forEach((f) -> visit(visitor, row, f))));
		this.links.forEach((link,
				rows) -> rows.forEach((row) -> link.columns()
					.stream()
					.filter((f) -> f.type() == ValueType.REFERENCE)
					.forEach((f) -> visit(visitor, row, f))));
	}

	private static void visit(ReferenceVisitor visitor, CheckedRow row, Field field) {
		Object id = row.values().get(field.name());
		if (id != null) {
			visitor.visit(row, field, (String) id);
		}
	}

}

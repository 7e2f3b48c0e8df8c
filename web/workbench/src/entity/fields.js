// Generated from src/main/resources/graphql/*.graphqls (the scalar fields of each entity type, a code
// replaced by its …Zh field); labels are the workbench's own Chinese captions of those fields.

export const FIELDS = {
  "Company": [
    "regNo",
    "address",
    "phone"
  ],
  "Project": [
    "sectorZh",
    "budget",
    "startDate",
    "endDate",
    "status",
    "unit",
    "acceptedQuantity",
    "measuredQuantity"
  ],
  "Contract": [
    "amount",
    "signedDate",
    "procurementZh"
  ],
  "Fund": [
    "program",
    "amount",
    "year"
  ],
  "Account": [
    "accountKindZh",
    "bank"
  ],
  "Finding": [
    "categoryZh",
    "foundDate",
    "sectorZh",
    "severityZh",
    "title",
    "description",
    "amount"
  ],
  "InstitutionalFix": [
    "issuedDate"
  ],
  "Petition": [
    "receivedDate",
    "summary",
    "statusZh"
  ],
  "Term": [
    "startDate",
    "endDate"
  ],
  "InspectionRound": [
    "typeZh",
    "term",
    "number",
    "startDate",
    "endDate",
    "sectorZh"
  ],
  "InspectionTeam": [],
  "Lead": [
    "leadSourceZh",
    "statusZh",
    "createdDate",
    "disposalZh",
    "summary",
    "greenChannel"
  ],
  "Case": [
    "openedDate",
    "statusZh",
    "closedDate"
  ],
  "Sanction": [
    "typeZh",
    "date"
  ],
  "Region": [
    "levelZh",
    "code"
  ],
  "Organization": [
    "orgKindZh",
    "levelZh",
    "sectorZh"
  ],
  "Person": [
    "genderZh",
    "birthYear",
    "partyMember",
    "idMasked"
  ],
  "Rectification": [
    "task",
    "deadline",
    "statusZh",
    "completedDate",
    "regulation",
    "evidence",
    "measures"
  ]
};

export const LABELS = {
  "regNo": "统一社会信用代码",
  "address": "地址",
  "phone": "电话",
  "sectorZh": "行业领域",
  "budget": "预算（元）",
  "startDate": "开始日期",
  "endDate": "结束日期",
  "status": "状态",
  "unit": "计量单位",
  "acceptedQuantity": "验收工程量",
  "measuredQuantity": "实测工程量",
  "amount": "金额（元）",
  "signedDate": "签订日期",
  "procurementZh": "采购方式",
  "program": "资金项目",
  "year": "年度",
  "accountKindZh": "账户类型",
  "bank": "开户行",
  "categoryZh": "问题类别",
  "foundDate": "发现日期",
  "severityZh": "严重程度",
  "title": "标题",
  "description": "描述",
  "issuedDate": "印发日期",
  "receivedDate": "收件日期",
  "summary": "摘要",
  "statusZh": "状态",
  "typeZh": "类型",
  "term": "届次",
  "number": "轮次",
  "leadSourceZh": "线索来源",
  "createdDate": "受理日期",
  "disposalZh": "处置方式",
  "greenChannel": "绿色通道",
  "openedDate": "立案日期",
  "closedDate": "结案日期",
  "date": "日期",
  "levelZh": "层级",
  "code": "代码",
  "orgKindZh": "单位类型",
  "genderZh": "性别",
  "birthYear": "出生年份",
  "partyMember": "中共党员",
  "idMasked": "身份证号（脱敏）",
  "task": "整改任务",
  "deadline": "期限",
  "completedDate": "完成日期",
  "regulation": "制度依据",
  "evidence": "佐证材料",
  "measures": "整改措施"
};

const PROVENANCE = 'provenance { source recordedBy recordedAt updatedBy updatedAt updatedSource version }';

/** The selection that reads one entity type's own fields and provenance. */
export function cardFragment(type) {
  return `... on ${type} { ${(FIELDS[type] || []).join(' ')} ${PROVENANCE} }`;
}

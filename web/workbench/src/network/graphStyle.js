// How the picture reads: a node's shape and colour say its kind, its size the administrative
// level (市 → 县 → 乡 → 村); an edge's colour and line say the relationship type.

export const KIND_STYLE = {
  Organization: { shape: 'round-rectangle', color: '#1d5fa8' },
  Region: { shape: 'barrel', color: '#78909c' },
  Person: { shape: 'ellipse', color: '#e07b00' },
  Company: { shape: 'hexagon', color: '#2e7d32' },
  Account: { shape: 'diamond', color: '#6a1b9a' },
  Project: { shape: 'rectangle', color: '#00838f' },
  Contract: { shape: 'tag', color: '#5d6d7e' },
  Fund: { shape: 'star', color: '#c59d00' },
  Finding: { shape: 'vee', color: '#8d5524' },
  Lead: { shape: 'triangle', color: '#c62828' },
  Case: { shape: 'octagon', color: '#7f0000' },
  Sanction: { shape: 'pentagon', color: '#ad1457' },
  InspectionRound: { shape: 'round-tag', color: '#455a64' },
  InspectionTeam: { shape: 'round-triangle', color: '#37474f' },
  Rectification: { shape: 'round-pentagon', color: '#558b2f' },
  Term: { shape: 'round-diamond', color: '#90a4ae' },
  InstitutionalFix: { shape: 'round-rectangle', color: '#9e9d24' },
  Petition: { shape: 'round-hexagon', color: '#d84315' },
};

export const LEVEL_SIZE = { CITY: 64, COUNTY: 50, TOWNSHIP: 40, VILLAGE: 32 };
export const LEVEL_ROW = { CITY: 0, COUNTY: 1, TOWNSHIP: 2, VILLAGE: 3 };
export const LEVEL_ZH = ['市级', '县级', '乡镇级', '村级', '其他'];

export const EDGE_STYLE = {
  TRANSFER: { color: '#c62828', line: 'solid' },
  HOLDS_POSITION: { color: '#1d5fa8', line: 'solid' },
  RELATED_TO: { color: '#e07b00', line: 'dashed' },
  COMPANY_ROLE: { color: '#2e7d32', line: 'solid' },
  HELD_BY: { color: '#6a1b9a', line: 'dotted' },
  AWARDED_TO: { color: '#00838f', line: 'solid' },
  BID_ON: { color: '#4db6ac', line: 'dashed' },
  PART_OF: { color: '#9aa5b1', line: 'solid' },
  LOCATED_IN: { color: '#b0bec5', line: 'dotted' },
  IMPLICATES: { color: '#8d5524', line: 'dashed' },
  CONCERNS: { color: '#8d5524', line: 'solid' },
  SUBJECT: { color: '#7f0000', line: 'solid' },
  MEMBER_OF: { color: '#37474f', line: 'dashed' },
  TARGETS: { color: '#455a64', line: 'solid' },
};
const DEFAULT_EDGE = { color: '#9aa5b1', line: 'solid' };

export function edgeStyle(type) {
  return EDGE_STYLE[type] || DEFAULT_EDGE;
}

export function kindStyle(kind) {
  return KIND_STYLE[kind] || { shape: 'ellipse', color: '#78909c' };
}

const KIN = new Set(['SPOUSE', 'PARENT', 'CHILD', 'SIBLING', 'IN_LAW', 'OTHER_KIN']);

function month(date) {
  return date ? date.slice(0, 7).replace('-', '.') : '';
}

/**
 * The label of an edge, as an analyst reads it: a position as its title and period
 * (党组书记、局长 2016.11–至今), kin and company roles by their Chinese terms (配偶, 实际控制人 100%),
 * a transfer by its amount; else the relationship type. `zh` gives the API's Chinese terms of a
 * code list (codes(list:)).
 */
export function edgeLabel(edge, zh = () => ({})) {
  const p = Object.fromEntries(edge.properties.map((x) => [x.name, x.value]));
  if (edge.type === 'HOLDS_POSITION' && p.title) {
    const period = p.startDate ? ` ${month(p.startDate)}–${p.endDate ? month(p.endDate) : '至今'}` : '';
    return p.title + period;
  }
  if (edge.type === 'RELATED_TO' && (p.relationZh || p.relation)) return p.relationZh || zh('Kinship')[p.relation] || p.relation;
  if (edge.type === 'COMPANY_ROLE' && (p.roleZh || p.role)) {
    const share = p.share ? ' ' + Math.round(Number(p.share) * (Number(p.share) <= 1 ? 100 : 1)) + '%' : '';
    return (p.roleZh || zh('CompanyRole')[p.role] || p.role) + share;
  }
  if (edge.type === 'TRANSFER' && p.amount) return '¥' + Number(p.amount).toLocaleString('zh-CN');
  return edge.typeZh;
}

/** How an edge is drawn beyond its type: kin apart from other acquaintances, a head's post apart from a deputy's. */
export function edgeClasses(edge) {
  const p = Object.fromEntries(edge.properties.map((x) => [x.name, x.value]));
  if (edge.type === 'RELATED_TO') return KIN.has(p.relation) ? 'kin' : 'associate';
  if (edge.type === 'HOLDS_POSITION') return (p.isHead === 'true' ? 'head' : '') + (p.endDate ? ' former' : '');
  return '';
}

export const STYLESHEET = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif",
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': 120,
      'background-color': 'data(color)',
      shape: 'data(shape)',
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 0,
      color: '#1f2933',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': 1,
      'min-zoomed-font-size': 7,
    },
  },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffb300' } },
  { selector: 'node.pinned', style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#26323d' } },
  { selector: 'node.start', style: { 'outline-width': 3, 'outline-color': '#b3261e', 'outline-offset': 3 } },
  {
    selector: 'edge',
    style: {
      width: 1.6,
      'line-color': 'data(color)',
      'line-style': 'data(line)',
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 9,
      color: '#52606d',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'min-zoomed-font-size': 8,
      'font-family': "'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif",
    },
  },
  { selector: 'edge:selected', style: { width: 3.5, 'line-color': '#ffb300', 'target-arrow-color': '#ffb300' } },
  { selector: '.faded', style: { opacity: 0.15 } },
  { selector: 'edge.onpath', style: { width: 4, 'z-index': 10 } },
  { selector: 'node.onpath', style: { 'border-width': 4, 'border-color': '#b3261e' } },
  { selector: 'edge.kin', style: { width: 3, 'line-color': '#d81b60', 'target-arrow-color': '#d81b60', 'line-style': 'solid', 'target-arrow-shape': 'none', color: '#ad1457', 'font-size': 10, 'font-weight': 'bold' } },
  { selector: 'edge.associate', style: { 'line-color': '#e07b00', 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
  { selector: 'edge.head', style: { width: 3 } },
  { selector: 'edge.former', style: { 'line-style': 'dashed', opacity: 0.7 } },
  { selector: ':parent', style: { 'background-opacity': 0.06, 'border-width': 1, 'border-color': '#9aa5b1', 'text-valign': 'top', 'text-halign': 'center', shape: 'round-rectangle', 'background-color': '#1d5fa8', 'font-size': 12, 'font-weight': 'bold', color: '#1d5fa8', padding: 18, label: 'data(label)' } },
  { selector: ':parent:selected', style: { 'border-width': 3, 'border-color': '#ffb300' } },
];

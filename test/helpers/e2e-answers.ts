/** What an e2e journey answers in the self-check, by the visible legend of each question. */
export const SELF_CHECK = {
  您在执行案件中的身份: '申请执行人',
  执行法院: '平顶山市卫东区人民法院',
  您要反映的问题: '法院的执行行为',
  是否已向执行法院提出执行异议: '我反映的是拖延执行、不执行（消极执行）',
}

/** The answers of each wizard step by visible label, each with the page that follows. */
export const STEPS: [
  next: string,
  choices: Record<string, string>,
  fields: Record<string, string>,
][] = [
  ['person', { 申请人类型: '自然人' }, {}],
  [
    'contact',
    {},
    {
      证件类型: '居民身份证',
      姓名: '张秀英',
      证件号码: '11010519491231002x',
      民族: '汉族',
      职业: '退休',
      住所: '河南省平顶山市卫东区建设路 1 号',
    },
  ],
  ['agent', { 在执行案件中的身份: '申请执行人' }, { 手机号码: '+86 138-1234-5678' }],
  ['parties', { 是否委托代理人: '否，本人申请' }, {}],
  ['case', {}, { 当事人姓名或名称: '某某商贸有限公司', 当事人身份: '被执行人' }],
  [
    'complaint',
    {},
    {
      执行法院: '平顶山市卫东区人民法院',
      执行案号: '(2023)豫0403执123号',
      知道该执行行为的日期: '2026-03-18',
    },
  ],
  [
    '../materials',
    { 申请监督事项: '消极执行、拖延执行', 是否已向法院提出执行异议: '未提出' },
    {
      事实与理由: '2023 年 5 月法院立案执行后，已查封被执行人的账户，但至今没有任何进展。',
      监督请求: '请检察院依法监督法院及时执行并发放执行款。',
      未提出的理由: '法院一直没有作出可以提出异议的裁定。',
    },
  ],
]

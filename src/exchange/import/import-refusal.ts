/** Why a whole file is refused before any row is read; each with the sentence staff see. */
export type RefusalCode =
  | 'not_spreadsheet'
  | 'encrypted'
  | 'zip_bomb'
  | 'too_many_rows'
  | 'unreadable'
  | 'no_case_sheet'
  | 'duplicate_file'

export class ImportRefused extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly reason: string,
  ) {
    super(`import refused: ${code}`)
    this.name = 'ImportRefused'
  }
}

export const refusalText = {
  notSpreadsheet: (name: string, kind?: string) =>
    `文件“${name}”不是 Excel 表格（.xlsx、.xls）或 CSV 文件${kind ? `（识别为${kind}）` : ''}，请上传法院导出的执行案件清单`,
  encrypted: (name: string) =>
    `文件“${name}”设有打开密码，无法读取。请在 Excel 或 WPS 中取消密码（文件 → 信息 → 保护工作簿）后重新上传`,
  zipBomb: (name: string) =>
    `文件“${name}”解压后的内容异常庞大（压缩比过高），疑似“压缩炸弹”，已拒绝读取。请向法院索取正常导出的表格`,
  tooManyRows: (name: string, max: number) =>
    `文件“${name}”的数据超过 ${max.toLocaleString('en-US')} 行，超出一次导入的上限。请按立案年度等分成几个文件，分批导入`,
  unreadable: (name: string) =>
    `文件“${name}”无法读取，可能已损坏或不是完整的表格文件。请在 Excel 或 WPS 中打开确认后另存为 .xlsx 再上传`,
  noCaseSheet: (name: string) =>
    `文件“${name}”中没有找到执行案件表：没有一个工作表的表头同时包含“案号”“立案日期”“结案方式”等列。请核对文件，或在下一步中指定各列对应的字段`,
  duplicateFile: (name: string, when: string) =>
    `文件“${name}”与 ${when} 已导入的文件完全相同（SHA-256 一致），再次导入不会有任何变化，未作处理`,
}

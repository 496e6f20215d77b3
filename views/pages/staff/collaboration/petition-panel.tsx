import type { CounterPetition } from '../../../../src/collaboration/petitions/petition-convert.js'

/** On the counter page: the 涉执信访 this application is converted from, to copy from. */
export function PetitionPanel(props: { petition: CounterPetition }) {
  const p = props.petition
  return (
    <div class="notice" role="status">
      <h2>由涉执信访转为监督申请</h2>
      <p>
        信访人：{p.petitioner}；执行法院：{p.court}
        {p.courtCaseNumber ? `；执行案号：${p.courtCaseNumber}` : ''}
      </p>
      <p>信访诉求：{p.complaint}</p>
      <p>信访人登记的手机号码已预先填入申请；提交后，这件信访记为“转为监督申请”，并与申请关联。</p>
    </div>
  )
}

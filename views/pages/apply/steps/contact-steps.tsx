import { RadioGroup } from '../../../components/choices.js'
import { SelectField, TextField } from '../../../components/field.js'
import { options, str, type StepViewProps } from '../wizard-page.js'

export function ContactStep({ values, errors }: StepViewProps) {
  const v = (k: string) => str(values[k])
  return (
    <>
      <TextField
        name="mobile"
        label="手机号码"
        type="tel"
        inputmode="tel"
        value={v('mobile')}
        error={errors.mobile}
        hint="查询办理进度时需要核对手机号码后 4 位"
        autocomplete="tel"
      />
      <TextField
        name="email"
        label="电子邮箱"
        type="email"
        inputmode="email"
        value={v('email')}
        error={errors.email}
        optional
        hint="填写后，回执和办理进度会发送到这个邮箱"
        autocomplete="email"
      />
      <RadioGroup
        name="role"
        legend="在执行案件中的身份"
        value={v('role')}
        error={errors.role}
        options={[
          { value: '申请执行人', label: '申请执行人', hint: '申请法院执行、要求对方履行的一方' },
          { value: '被执行人', label: '被执行人', hint: '被法院要求履行义务的一方' },
          { value: '利害关系人', label: '利害关系人', hint: '权益受到执行行为影响的人' },
          { value: '案外人', label: '案外人', hint: '不是案件当事人，但认为被执行的财产是自己的' },
        ]}
      />
      <RadioGroup
        name="electronicService"
        legend="是否同意本院通过电子方式（电子邮件、本系统）向您送达法律文书"
        hint="依照《中华人民共和国民事诉讼法》第九十条和《人民检察院民事诉讼监督规则》第一百二十八条，经您同意，本院可以通过电子方式送达补正通知书、受理通知书、决定书等法律文书，以文书到达您电子邮箱的日期为送达日期。不同意或者没有填写电子邮箱的，本院将邮寄或者直接送达。"
        value={v('electronicService')}
        error={errors.electronicService}
        options={[
          {
            value: 'yes',
            label: '同意电子送达',
            hint: '请填写常用的电子邮箱，并留意查收（包括垃圾邮件箱）',
          },
          { value: 'no', label: '不同意，请邮寄或者直接送达', hint: '将寄往您填写的住所地址' },
        ]}
      />
    </>
  )
}

export function AgentStep({ values, errors }: StepViewProps) {
  const v = (k: string) => str(values[k])
  return (
    <>
      <RadioGroup
        name="hasAgent"
        legend="是否委托代理人"
        value={v('hasAgent')}
        error={errors.hasAgent}
        options={[
          { value: 'no', label: '否，本人申请' },
          { value: 'yes', label: '是，委托代理人代为申请', hint: '需要上传授权委托书' },
        ]}
      />
      {/* shown once "是" is chosen (CSS :has, no JavaScript); the server asks for it only then */}
      <div class="panel conditional conditional--agent">
        <p>请填写代理人的信息：</p>
        <TextField
          name="agentName"
          label="代理人姓名"
          value={v('agentName')}
          error={errors.agentName}
        />
        <SelectField
          name="agentKind"
          label="代理人类型"
          value={v('agentKind')}
          error={errors.agentKind}
          options={options(['律师', '基层法律服务工作者', '近亲属', '其他'])}
        />
        <TextField
          name="agentIdNumber"
          label="代理人证件号码"
          value={v('agentIdNumber')}
          error={errors.agentIdNumber}
          hint="居民身份证号码"
          autocomplete="off"
        />
        <TextField
          name="agentMobile"
          label="代理人手机号码"
          type="tel"
          inputmode="tel"
          value={v('agentMobile')}
          error={errors.agentMobile}
        />
        <TextField
          name="licenceNumber"
          label="律师执业证号"
          value={v('licenceNumber')}
          error={errors.licenceNumber}
          optional
          hint="代理人是律师的必须填写，17 位数字"
          inputmode="numeric"
        />
      </div>
    </>
  )
}

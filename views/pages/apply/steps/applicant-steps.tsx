import { RadioGroup } from '../../../components/choices.js'
import { SelectField, TextField } from '../../../components/field.js'
import { options, str, type StepViewProps } from '../wizard-page.js'

export function ApplicantTypeStep({ values, errors }: StepViewProps) {
  return (
    <RadioGroup
      name="applicantType"
      legend="申请人类型"
      value={str(values.applicantType)}
      error={errors.applicantType}
      options={[
        { value: 'person', label: '我个人申请', hint: '以自己的名义申请（法律上称“自然人”）' },
        {
          value: 'organisation',
          label: '以单位（公司等）名义申请',
          hint: '公司、企业、其他组织（法律上称“法人或非法人组织”）',
        },
      ]}
    />
  )
}

export function PersonStep({ values, errors }: StepViewProps) {
  const v = (k: string) => str(values[k])
  return (
    <>
      <TextField
        name="name"
        label="姓名"
        value={v('name')}
        error={errors.name}
        autocomplete="name"
      />
      <SelectField
        name="idType"
        label="证件类型"
        value={v('idType') ?? '居民身份证'}
        error={errors.idType}
        options={options(['居民身份证', '护照', '港澳台居民居住证或通行证', '军官证', '其他'])}
      />
      <TextField
        name="idNumber"
        label="证件号码"
        value={v('idNumber')}
        error={errors.idNumber}
        hint="居民身份证为 18 位，最后一位可能是 X"
        autocomplete="off"
      />
      <RadioGroup
        name="sex"
        legend="性别"
        value={v('sex')}
        error={errors.sex}
        optional
        hint="填写居民身份证号码后可以不选，系统会根据号码填写"
        options={[
          { value: '男', label: '男' },
          { value: '女', label: '女' },
        ]}
      />
      <TextField
        name="birthDate"
        label="出生日期"
        type="date"
        value={v('birthDate')}
        error={errors.birthDate}
        optional
        hint="填写居民身份证号码后可以不填"
        short
      />
      <TextField
        name="ethnicity"
        label="民族"
        value={v('ethnicity')}
        error={errors.ethnicity}
        hint="例如：汉族"
        short
      />
      <TextField
        name="occupation"
        label="职业"
        value={v('occupation')}
        error={errors.occupation}
        hint="例如：个体经营、退休、务农"
      />
      <TextField
        name="workplace"
        label="工作单位"
        value={v('workplace')}
        error={errors.workplace}
        optional
      />
      <TextField
        name="address"
        label="住址"
        value={v('address')}
        error={errors.address}
        hint="身份证上的住址或经常居住地"
        autocomplete="street-address"
      />
    </>
  )
}

export function OrganisationStep({ values, errors }: StepViewProps) {
  const v = (k: string) => str(values[k])
  return (
    <>
      <TextField
        name="name"
        label="单位名称"
        value={v('name')}
        error={errors.name}
        autocomplete="organization"
      />
      <TextField
        name="creditCode"
        label="统一社会信用代码"
        value={v('creditCode')}
        error={errors.creditCode}
        hint="18 位，在营业执照上"
        autocomplete="off"
      />
      <TextField name="address" label="住所" value={v('address')} error={errors.address} />
      <TextField
        name="representative"
        label="法定代表人或主要负责人"
        value={v('representative')}
        error={errors.representative}
      />
      <TextField
        name="representativeTitle"
        label="职务"
        value={v('representativeTitle')}
        error={errors.representativeTitle}
      />
    </>
  )
}

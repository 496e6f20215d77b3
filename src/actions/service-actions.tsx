import { ServiceRecordPage } from '../../views/pages/staff/service-record.js'
import { todayInChina } from '../kernel/china-time.js'
import { serviceDocumentOptions } from '../service-of-documents/service-view.js'
import { MANUAL_METHODS } from '../service-of-documents/service-record.schema.js'
import { SERVICE_METHOD_LABEL } from '../service-of-documents/service.table.js'
import { STAGES } from '../workflow/stages.js'
import { defineUploadAction, type StaffAction } from './action-table.js'
import { receiveServiceRecord } from './service-upload.js'

const METHODS = MANUAL_METHODS.map((m) => ({ value: m, label: SERVICE_METHOD_LABEL[m] }))

/**
 * 登记送达 (规则 第一百二十八条): staff record how a notice reached the applicant by post or by hand.
 * Open in every stage: a notice issued with a final decision must be served too.
 */
export const SERVICE_ACTIONS: readonly StaffAction[] = [
  defineUploadAction({
    name: 'record_service',
    stages: STAGES,
    roles: ['intake', 'reviewer'],
    title: '登记送达',
    done: '送达已登记。补正期限（如有）自送达之日起计算。',
    page: async ({ deps, kase }, props) => (
      <ServiceRecordPage
        {...props}
        documents={await serviceDocumentOptions(deps.db, kase.id)}
        methods={METHODS}
        today={todayInChina(deps.clock.now())}
      />
    ),
    submit: receiveServiceRecord,
  }),
]

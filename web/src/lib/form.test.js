import { describe, expect, it } from 'vitest'
import { buildSteps, fieldErrorsOf, normalizePhone, readNumber, stepOfError, toAnswers, toSubmission, validateApplicant, validateField, validateStep } from './form.js'

const dibao = {
  code: 'civil.dibao',
  fields: [
    { key: 'householdSize', label: '家里一共几口人', type: 'integer', required: true, min: 1, max: 30 },
    { key: 'annualIncomePerPerson', label: '收入', type: 'money', required: true, min: 0, max: 1000000 },
    { key: 'residence', label: '农村还是城镇', type: 'select', required: true, options: [{ value: 'rural', label: '农村' }, { value: 'urban', label: '城镇' }] },
    { key: 'membersUnableToWork', label: '几个人干不了活', type: 'integer', required: false, min: 0, max: 30 },
    { key: 'hasDisability', label: '残疾', type: 'boolean', required: false },
  ],
  documents: [{ key: 'idCard', required: true }, { key: 'incomeProof', required: false }],
}

describe('buildSteps', () => {
  it('asks who, where, the item questions two at a time, the story, the photos, then checks', () => {
    const steps = buildSteps(dibao)
    expect(steps.map((s) => s.kind)).toEqual(['applicant', 'region', 'questions', 'questions', 'questions', 'description', 'documents', 'check'])
    expect(steps[2].fields.map((f) => f.key)).toEqual(['householdSize', 'annualIncomePerPerson'])
    expect(steps[4].fields.map((f) => f.key)).toEqual(['hasDisability'])
  })

  it('leaves out the photo screen for an item without documents, and has no question screens without fields', () => {
    expect(buildSteps({ code: 'x', fields: [], documents: [] }).map((s) => s.kind)).toEqual(['applicant', 'region', 'description', 'check'])
  })
})

describe('validateField', () => {
  it('checks required, numbers, bounds and choices', () => {
    const [size, income, residence, unable, disability] = dibao.fields
    expect(validateField(size, '')).toEqual({ key: 'form.required' })
    expect(validateField(unable, '')).toBeNull()
    expect(validateField(size, '2.5')).toEqual({ key: 'form.wholeNumber' })
    expect(validateField(size, '0')).toEqual({ key: 'form.min', params: { min: 1 } })
    expect(validateField(size, '31')).toEqual({ key: 'form.max', params: { max: 30 } })
    expect(validateField(size, '3')).toBeNull()
    expect(validateField(income, '4200.50')).toBeNull()
    expect(validateField(income, '4千')).toEqual({ key: 'form.amount' })
    expect(validateField(residence, 'town')).toEqual({ key: 'form.choose' })
    expect(validateField(residence, 'rural')).toBeNull()
    expect(validateField(disability, false)).toBeNull()
  })
})

describe('validateStep', () => {
  const steps = buildSteps(dibao)
  it('keys errors as the server does', () => {
    const errors = validateStep(steps[0], { applicant: { name: '', idNumber: '530102196001011237', phone: '1380013800' } }, dibao)
    expect(Object.keys(errors).sort()).toEqual(['applicant.idNumber', 'applicant.name', 'applicant.phone'])
    expect(errors['applicant.idNumber']).toEqual({ key: 'id.badCheck' })
  })
  it('wants a township or village, not a county', () => {
    expect(validateStep(steps[1], { regionCode: '530102' }, dibao)).toHaveProperty('regionCode')
    expect(validateStep(steps[1], { regionCode: '530102001' }, dibao)).toEqual({})
    expect(validateStep(steps[1], { regionCode: '530102001001' }, dibao)).toEqual({})
  })
  it('wants a finished upload for each required document', () => {
    const step = steps.find((s) => s.kind === 'documents')
    expect(validateStep(step, { attachments: { idCard: [{ name: 'a.jpg', status: 'failed' }] } }, dibao)).toHaveProperty('documents.idCard')
    expect(validateStep(step, { attachments: { idCard: [{ id: 'f1' }] } }, dibao)).toEqual({})
  })
})

describe('toSubmission', () => {
  it('sends numbers as numbers, booleans as booleans, blanks left out, and every finished upload', () => {
    const body = toSubmission(dibao, {
      applicant: { name: ' 李秀英 ', idNumber: '5301 0219 6001 0112 38', phone: '13800138000' },
      regionCode: '530102001',
      answers: { householdSize: '3', annualIncomePerPerson: '4200', residence: 'rural', membersUnableToWork: '', hasDisability: 'false' },
      description: ' 生活困难 ',
      attachments: { idCard: [{ id: 'a' }, { id: 'b' }], incomeProof: [{ name: 'x', status: 'failed' }] },
    })
    expect(body).toEqual({
      itemCode: 'civil.dibao',
      regionCode: '530102001',
      applicant: { name: '李秀英', idNumber: '530102196001011238', phone: '13800138000' },
      answers: { householdSize: 3, annualIncomePerPerson: 4200, residence: 'rural', hasDisability: false },
      description: '生活困难',
      attachmentIds: ['a', 'b'],
    })
  })
})

describe('server errors', () => {
  const steps = buildSteps(dibao)
  it('land on the screen that asked the question', () => {
    const errors = fieldErrorsOf({ errors: { 'Applicant.IdNumber': ['身份证号不正确'], 'answers.residence': ['请选择'] } })
    expect(errors).toEqual({ 'applicant.idNumber': '身份证号不正确', 'answers.residence': '请选择' })
    expect(stepOfError(steps, 'applicant.idNumber')).toBe(0)
    expect(stepOfError(steps, 'regionCode')).toBe(1)
    expect(stepOfError(steps, 'answers.residence')).toBe(3)
    expect(stepOfError(steps, 'description')).toBe(5)
    expect(stepOfError(steps, 'attachmentIds')).toBe(6)
    expect(stepOfError(steps, 'somethingElse')).toBe(-1)
  })
})

describe('what people type, read as they meant it', () => {
  it('reads numbers with units, thousands separators and full-width digits', () => {
    expect(readNumber('3口')).toBe('3')
    expect(readNumber('4,200元')).toBe('4200')
    expect(readNumber(' ４２００ 块钱')).toBe('4200')
    expect(readNumber('12,34')).toBe('12,34') // not a thousands separator: left for the check to refuse
    const size = dibao.fields.find((f) => f.key === 'householdSize')
    expect(validateField(size, '3口')).toBeNull()
    expect(validateField(size, '三口')).toEqual({ key: 'form.wholeNumber' })
    expect(toAnswers(dibao, { householdSize: '3口', annualIncomePerPerson: '4,200元' })).toMatchObject({ householdSize: 3, annualIncomePerPerson: 4200 })
  })

  it('reads a phone number with spaces, hyphens, +86 or full-width digits', () => {
    for (const typed of ['139 8765 0012', '+86 139-8765-0012', '１３９８７６５００１２', '0086 13987650012']) expect(normalizePhone(typed)).toBe('13987650012')
    expect(validateApplicant({ name: '李秀英', idNumber: '53010219800101001x', phone: '139 8765 0012' }, '2026-12-06')['applicant.phone']).toBeUndefined()
  })
})

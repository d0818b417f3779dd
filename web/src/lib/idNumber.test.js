import { describe, expect, it } from 'vitest'
import { birthDateOf, checkCharacter, checkIdNumber, normalizeIdNumber } from './idNumber.js'

const today = '2026-11-23'

describe('checkCharacter', () => {
  it('computes the GB 11643 check character, including X', () => {
    expect(checkCharacter('53010219600101123')).toBe('8')
    expect(checkCharacter('11010519491231002')).toBe('X')
  })
})

describe('checkIdNumber while typing', () => {
  it('says nothing about an empty or a correct partial number', () => {
    expect(checkIdNumber('', today)).toEqual({ complete: false, error: null })
    expect(checkIdNumber('530102', today)).toEqual({ complete: false, error: null })
    expect(checkIdNumber('53010219600101', today)).toEqual({ complete: false, error: null })
  })

  it('reports a letter as soon as it is typed', () => {
    expect(checkIdNumber('5301a', today).error).toBe('id.badCharacter')
    expect(checkIdNumber('5301021960010112X8', today).error).toBe('id.badCharacter')
  })

  it('reports an impossible or future birth date once the date is complete', () => {
    expect(checkIdNumber('53010219600231', today).error).toBe('id.badBirthDate')
    expect(checkIdNumber('53010219601301', today).error).toBe('id.badBirthDate')
    expect(checkIdNumber('53010218000101', today).error).toBe('id.badBirthDate')
    expect(checkIdNumber('53010220270101', today).error).toBe('id.futureBirthDate')
    expect(checkIdNumber('53010219610229', today).error).toBe('id.badBirthDate')
    expect(checkIdNumber('53010219640229', today).error).toBeNull()
  })

  it('checks the check character when all 18 are there', () => {
    expect(checkIdNumber('530102196001011238', today)).toEqual({ complete: true, error: null })
    expect(checkIdNumber('530102196001011237', today)).toEqual({ complete: true, error: 'id.badCheck' })
    expect(checkIdNumber('11010519491231002x', today)).toEqual({ complete: true, error: null })
  })

  it('refuses more than 18 characters', () => {
    expect(checkIdNumber('5301021960010112381', today).error).toBe('id.tooLong')
  })
})

describe('helpers', () => {
  it('normalises spaces and a lower-case x', () => {
    expect(normalizeIdNumber(' 1101 0519 4912 31002x ')).toBe('11010519491231002X')
  })
  it('reads the birth date', () => {
    expect(birthDateOf('530102196001011238')).toBe('1960-01-01')
    expect(birthDateOf('5301')).toBeNull()
  })
})

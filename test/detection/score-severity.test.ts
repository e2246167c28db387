import { describe, expect, it } from 'vitest';
import { scoreSeverity } from '../../src/detection/score-severity.js';

const level = (...args: Parameters<typeof scoreSeverity>) => scoreSeverity(...args).severity;

describe('severity on the documented 4-level scale', () => {
  it('is critical for access offered, or sensitive data of many people', () => {
    expect(level('access', true, null, ['access'])).toBe('critical');
    expect(level('sale', true, 150_000, ['name', 'email', 'health_insurance'])).toBe('critical');
    expect(level('leak', true, null, ['national_id'])).toBe('critical');
  });

  it('is high for a ransomware claim, a small claim of sensitive data, or personal data in volume', () => {
    expect(level('ransom', true, null, ['internal_documents'])).toBe('high');
    expect(level('leak', true, 200, ['email', 'password'])).toBe('high');
    expect(level('sale', true, 420_000, ['name', 'email', 'phone'])).toBe('high');
  });

  it('is medium for few or uncounted people, or business data without personal data', () => {
    expect(level('sale', true, null, ['email', 'phone'])).toBe('medium');
    expect(level('leak', true, 410_000, ['sales_data'])).toBe('medium');
  });

  it('is low for a mention with little detail, and none without an alert', () => {
    expect(level('sale', true, null, [])).toBe('low');
    expect(level('news', false, 150_000, ['email'])).toBe('none');
    expect(level('sale', false, 150_000, ['email'])).toBe('none');
  });

  it('says why', () => {
    expect(scoreSeverity('sale', true, 150_000, ['email', 'health_insurance']).reasons.join(' ')).toMatch(/health_insurance.*150,000 records/);
  });
});

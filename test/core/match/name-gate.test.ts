import { describe, expect, it } from 'vitest';
import seedGate from '../../../core/generated/seed-gate.json';
import { makeSubjectGate, type SubjectGateData } from '../../../core/match/name-gate';

const gate = makeSubjectGate(seedGate as SubjectGateData);

describe('makeSubjectGate (the first stage\'s test)', () => {
  it('passes a sample naming two subject entities, in any written form', () => {
    expect(gate('Xi arrives in Moscow')).toBe(true);
    expect(gate('The Kremlin said Chinese officials…')).toBe(true); // Moscow and China
    expect(gate('talks between Beijing and the United States')).toBe(true); // a form with a space
  });
  it('needs two different entities: forms of one entity are one', () => {
    expect(gate('China, the Chinese, the PRC and Sino-ties')).toBe(false);
    expect(gate('Basketball: 42 points to 40')).toBe(false);
  });
  it('counts whole words only, as written', () => {
    expect(gate('USAID and Chinatown')).toBe(false); // USA/US and China inside longer words
    expect(gate('Russianness of Xiamen')).toBe(false);
    expect(gate('china and russia')).toBe(false); // case as written: lower case is not the name
    expect(gate('Chinaé Russia')).toBe(false); // a letter outside ASCII ends no word
    expect(gate('«China»—Russia')).toBe(true); // punctuation outside ASCII does
  });
  it('finds a name after an earlier occurrence inside a word', () => {
    expect(gate('USAID then the US and China')).toBe(true);
  });
  it('finds every form written at one place, and forms inside another form', () => {
    const g = makeSubjectGate({ forms: { 'New York': 'New York City', York: 'York', Leeds: 'Leeds', 'U.K.': 'United Kingdom' } });
    expect(g('a train from New York')).toBe(true); // "York" is a whole word inside "New York"
    expect(g('New York, New York')).toBe(true);
    expect(g('Leeds and the UK')).toBe(false); // "U.K." is text, not a pattern: "." is a dot
    expect(g('Leeds and the U.K.')).toBe(true);
    expect(g('Yorkshire and Leeds')).toBe(false);
  });
  it('passes nothing with no names', () => {
    expect(makeSubjectGate({ forms: {} })('China and Russia')).toBe(false);
  });
});

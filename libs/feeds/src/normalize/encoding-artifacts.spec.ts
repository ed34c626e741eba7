import { fixEncodingArtifacts } from './encoding-artifacts';

describe('fixEncodingArtifacts', () => {
  it.each([
    ['C1 apostrophe (windows-1252 0x92)', 'don\u0092t', 'don’t'],
    ['C1 quotes and euro', '\u0093quoted\u0094 \u0080', '“quoted” €'],
    ['double-encoded ellipsis', 'wait\u00e2\u20ac\u00a6', 'wait…'],
    ['double-encoded e acute', 'Caf\u00c3\u00a9', 'Café'],
    ['double-encoded apostrophe', 'don\u00e2\u20ac\u2122t', 'don’t'],
    [
      'genuine Latin text stays',
      'Â la carte, São Paulo, Ångström, façade',
      'Â la carte, São Paulo, Ångström, façade',
    ],
    ['plain ASCII stays', 'Seoul and Washington', 'Seoul and Washington'],
  ])('%s', (_label, input, expected) => {
    expect(fixEncodingArtifacts(input)).toBe(expected);
  });
});

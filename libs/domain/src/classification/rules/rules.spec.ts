import { COMPILED_RULES } from './scan';
import { probeRule } from './probe';

const examples = COMPILED_RULES.flatMap((rule) =>
  rule.rule.examples.map((sentence) => [rule.rule.id, sentence, rule] as const),
);
const counterexamples = COMPILED_RULES.flatMap((rule) =>
  rule.rule.counterexamples.map((sentence) => [rule.rule.id, sentence, rule] as const),
);

describe('signal rules', () => {
  it.each(COMPILED_RULES.map((rule) => [rule.rule.id, rule] as const))(
    '%s has at least three examples in different wordings and a counterexample',
    (_id, rule) => {
      expect(new Set(rule.rule.examples).size).toBeGreaterThanOrEqual(3);
      expect(rule.rule.counterexamples.length).toBeGreaterThanOrEqual(1);
    },
  );

  it('gives every rule its own id', () => {
    const ids = COMPILED_RULES.map((rule) => rule.rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(examples)('%s fires on: %s', (id, sentence, rule) => {
    const match = probeRule(rule, sentence);
    expect({ rule: id, fired: match !== null && !match.denied }).toEqual({ rule: id, fired: true });
  });

  it.each(counterexamples)('%s stays silent on: %s', (id, sentence, rule) => {
    const match = probeRule(rule, sentence);
    const fired = match !== null && !match.denied;
    expect(fired ? { rule: id, clause: match.clause, polarity: match.polarity } : null).toBeNull();
  });
});

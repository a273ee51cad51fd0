import { describe, expect, it } from 'vitest';
import { tokenizeContent } from './content-tokens.js';

const operations = (text: string) => [...tokenizeContent(new TextEncoder().encode(text))];

describe('tokenizeContent numbers', () => {
  it('reads integers and reals in every form ISO 32000-1 7.3.3 allows', () => {
    const [operation] = operations('-.5 +5 5. 007 -12.25 0.001 10.31 Tz');
    expect(operation?.operator).toBe('Tz');
    expect(operation?.operands).toEqual([-0.5, 5, 5, 7, -12.25, 0.001, 10.31]);
  });

  it('reads a token that only starts like a number as an operator', () => {
    expect(operations('1.2.3 5a').map((operation) => operation.operator)).toEqual(['1.2.3', '5a']);
  });

  it('flags a real written with a point as a real (6.1.13-2), an integer out of range as an integer (6.1.13-1)', () => {
    const [real] = operations('3000000000.0 w');
    const [integer] = operations('3000000000 w');
    expect(real?.limits).toBeUndefined();
    expect(integer?.limits?.map((limit) => limit.test)).toEqual([1]);
    const [tiny] = operations('0.00000000000000000000000000000000000000001 w');
    expect(tiny?.limits?.map((limit) => limit.test)).toEqual([5]);
  });
});

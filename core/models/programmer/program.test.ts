import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialHistory, programStep, runProgram, hardenWeights } from './program.ts';
import { stepWeights, tableFromRows } from './table.ts';
import { OPERATIONS, OPERATION_COUNT, type Operation, type ProgrammerTable, type StepResult } from './types.ts';

// X and Y; pivot 10. X > 10: rows 1, 3, 4. X < 10: rows 0, 2, 5. Y < 10: rows 0, 2, 4.
const table = tableFromRows(
  [
    [3, 5],
    [12, 20],
    [7, 8],
    [15, 40],
    [20, 9],
    [1, 60],
  ],
  ['X', 'Y'],
);
const X = [1, 0];
const Y = [0, 1];

function op(name: Operation): number[] {
  return OPERATIONS.map((o) => (o === name ? 1 : 0));
}

function run(steps: [Operation, number[]][], pivot = 10, t: ProgrammerTable = table): StepResult[] {
  return runProgram({ table: t, pivot, steps: steps.map(([o, c]) => stepWeights(op(o), c)) });
}

const last = (r: StepResult[]): StepResult => r[r.length - 1]!;
const zeros = (n: number): number[] => Array.from({ length: n }, () => 0);

describe('each operation alone (one-hot weights) against a hand-computed answer', () => {
  it('sum: Σ of the selected column over the selected rows', () => {
    expect(last(run([['sum', X]])).scalar).toBe(58);
    expect(last(run([['sum', Y]])).scalar).toBe(142);
    // After "X > 10", sum Y over rows 1, 3, 4: 20 + 40 + 9.
    expect(
      last(
        run([
          ['greater', X],
          ['sum', Y],
        ]),
      ).scalar,
    ).toBe(69);
    // A scalar operation leaves the row selector and the lookup at 0.
    expect(Array.from(last(run([['sum', X]])).rowSelector)).toEqual(zeros(6));
    expect(Array.from(last(run([['sum', X]])).lookup)).toEqual(zeros(12));
  });
  it('count: Σ of the row selector', () => {
    expect(last(run([['count', X]])).scalar).toBe(6);
    expect(
      last(
        run([
          ['greater', X],
          ['count', Y],
        ]),
      ).scalar,
    ).toBe(3);
    expect(
      last(
        run([
          ['lesser', Y],
          ['count', X],
        ]),
      ).scalar,
    ).toBe(3);
  });
  it('difference: scalar_(t−3) − scalar_(t−1)', () => {
    // count = 6, reset, sum X = 58, difference = 6 − 58.
    const r = run([
      ['count', X],
      ['reset', X],
      ['sum', X],
      ['difference', X],
    ]);
    expect(r.map((s) => s.scalar)).toEqual([6, 0, 58, -52]);
    // Scalars before step 1 are 0.
    expect(last(run([['difference', X]])).scalar).toBe(0);
    expect(
      last(
        run([
          ['sum', X],
          ['difference', X],
        ]),
      ).scalar,
    ).toBe(-58);
    expect(
      last(
        run([
          ['sum', X],
          ['reset', X],
          ['reset', X],
          ['difference', X],
        ]),
      ).scalar,
    ).toBe(58);
  });
  it('greater and lesser: comparisons with the pivot in the chosen column', () => {
    expect(Array.from(last(run([['greater', X]])).rowSelector)).toEqual([0, 1, 0, 1, 1, 0]);
    expect(Array.from(last(run([['lesser', X]])).rowSelector)).toEqual([1, 0, 1, 0, 0, 1]);
    expect(Array.from(last(run([['lesser', Y]])).rowSelector)).toEqual([1, 0, 1, 0, 1, 0]);
    // Strict: a cell equal to the pivot is neither.
    expect(Array.from(last(run([['greater', X]], 12)).rowSelector)).toEqual([0, 0, 0, 1, 1, 0]);
    expect(Array.from(last(run([['lesser', X]], 12)).rowSelector)).toEqual([1, 0, 1, 0, 0, 1]);
    expect(last(run([['greater', X]])).scalar).toBe(0);
  });
  it('and / or: min / max of the two previous row selectors', () => {
    expect(
      Array.from(
        last(
          run([
            ['greater', X],
            ['lesser', Y],
            ['and', X],
          ]),
        ).rowSelector,
      ),
    ).toEqual([0, 0, 0, 0, 1, 0]);
    expect(
      Array.from(
        last(
          run([
            ['greater', X],
            ['lesser', Y],
            ['or', X],
          ]),
        ).rowSelector,
      ),
    ).toEqual([1, 1, 1, 1, 1, 0]);
    // At t = 1 both previous selectors are all ones (rs_0 and rs_(−1)).
    expect(Array.from(last(run([['and', X]])).rowSelector)).toEqual([1, 1, 1, 1, 1, 1]);
    // At t = 2, and(rs_1, rs_0) = rs_1.
    expect(
      Array.from(
        last(
          run([
            ['greater', X],
            ['and', Y],
          ]),
        ).rowSelector,
      ),
    ).toEqual([0, 1, 0, 1, 1, 0]);
  });
  it('assign: the lookup answer is the previous row selector in the chosen column', () => {
    const r = last(
      run([
        ['greater', X],
        ['assign', Y],
      ]),
    );
    expect(Array.from(r.lookup)).toEqual([0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0]);
    expect(r.scalar).toBe(0);
    expect(Array.from(r.rowSelector)).toEqual(zeros(6));
  });
  it('reset: every row selected again', () => {
    expect(
      Array.from(
        last(
          run([
            ['greater', X],
            ['reset', Y],
          ]),
        ).rowSelector,
      ),
    ).toEqual([1, 1, 1, 1, 1, 1]);
  });
  it('records each operation’s own result beside the mix', () => {
    const r = last(
      run([
        ['greater', X],
        ['count', Y],
      ]),
    );
    expect(Array.from(r.operations.sumPerColumn)).toEqual([47, 69]);
    expect(r.operations.sum).toBe(69);
    expect(r.operations.count).toBe(3);
    expect(Array.from(r.operations.greater)).toEqual([0, 1, 0, 1, 0, 1]);
    expect(Array.from(r.operations.greaterCells)).toEqual([0, 0, 1, 1, 0, 0, 1, 1, 1, 0, 0, 1]);
    expect(Array.from(r.previousRowSelector)).toEqual([0, 1, 0, 1, 1, 0]);
    expect(Array.from(r.previousRowSelector2)).toEqual([1, 1, 1, 1, 1, 1]);
  });
});

const distribution = (n: number) =>
  fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: n, maxLength: n }).map((v) => {
    const s = v.reduce((a, b) => a + b, 0);
    return v.map((x) => x / s);
  });

const randomTable = fc
  .integer({ min: 1, max: 6 })
  .chain((columns) =>
    fc
      .array(fc.array(fc.integer({ min: -20, max: 30 }), { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 9 })
      .map((rows) => tableFromRows(rows)),
  );

const history = (rows: number) =>
  fc.record({
    rowSelector: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: rows, maxLength: rows }).map((v) => Float64Array.from(v)),
    rowSelector2: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: rows, maxLength: rows }).map((v) => Float64Array.from(v)),
    scalar: fc.double({ min: -100, max: 100, noNaN: true }),
    scalar3: fc.double({ min: -100, max: 100, noNaN: true }),
  });

function closeArrays(a: Float64Array, b: ArrayLike<number>, tol = 1e-9): void {
  expect(a.length).toBe(b.length);
  a.forEach((x, i) => expect(Math.abs(x - b[i]!)).toBeLessThanOrEqual(tol * (1 + Math.abs(b[i]!))));
}

describe('mixtures are linear in the weights', () => {
  it('a step with α_op is Σ_k α_op(k) × the step with operation k alone', () => {
    fc.assert(
      fc.property(
        randomTable.chain((t) =>
          fc.tuple(fc.constant(t), distribution(OPERATION_COUNT), distribution(t.columns), history(t.rows), fc.integer({ min: -20, max: 30 })),
        ),
        ([t, aOp, aCol, h, pivot]) => {
          const mixed = programStep(t, pivot, stepWeights(aOp, aCol), h);
          let scalar = 0;
          const rs = new Float64Array(t.rows);
          const lookup = new Float64Array(t.rows * t.columns);
          OPERATIONS.forEach((o, k) => {
            const alone = programStep(t, pivot, stepWeights(op(o), aCol), h);
            scalar += aOp[k]! * alone.scalar;
            alone.rowSelector.forEach((v, i) => (rs[i]! += aOp[k]! * v));
            alone.lookup.forEach((v, i) => (lookup[i]! += aOp[k]! * v));
          });
          expect(Math.abs(mixed.scalar - scalar)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(scalar)));
          closeArrays(mixed.rowSelector, rs);
          closeArrays(mixed.lookup, lookup);
        },
      ),
      { numRuns: 150 },
    );
  });
  it('a step with α_col is Σ_j α_col(j) × the step with column j alone', () => {
    fc.assert(
      fc.property(
        randomTable.chain((t) =>
          fc.tuple(fc.constant(t), distribution(OPERATION_COUNT), distribution(t.columns), history(t.rows), fc.integer({ min: -20, max: 30 })),
        ),
        ([t, aOp, aCol, h, pivot]) => {
          const mixed = programStep(t, pivot, stepWeights(aOp, aCol), h);
          // Terms that do not depend on the column (count, difference, and, or, reset) pass through since Σ_j α_col(j) = 1.
          let scalar = 0;
          const rs = new Float64Array(t.rows);
          const lookup = new Float64Array(t.rows * t.columns);
          for (let j = 0; j < t.columns; j++) {
            const alone = programStep(
              t,
              pivot,
              stepWeights(
                aOp,
                Array.from({ length: t.columns }, (_, c) => (c === j ? 1 : 0)),
              ),
              h,
            );
            scalar += aCol[j]! * alone.scalar;
            alone.rowSelector.forEach((v, i) => (rs[i]! += aCol[j]! * v));
            alone.lookup.forEach((v, i) => (lookup[i]! += aCol[j]! * v));
          }
          expect(Math.abs(mixed.scalar - scalar)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(scalar)));
          closeArrays(mixed.rowSelector, rs);
          closeArrays(mixed.lookup, lookup);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('hard and soft evaluation', () => {
  it('agree exactly on one-hot programs', () => {
    fc.assert(
      fc.property(
        randomTable.chain((t) =>
          fc.tuple(
            fc.constant(t),
            fc.array(fc.tuple(fc.integer({ min: 0, max: OPERATION_COUNT - 1 }), fc.integer({ min: 0, max: t.columns - 1 })), {
              minLength: 1,
              maxLength: 6,
            }),
            fc.integer({ min: -20, max: 30 }),
          ),
        ),
        ([t, program, pivot]) => {
          const steps = program.map(([o, c]) =>
            stepWeights(
              op(OPERATIONS[o]!),
              Array.from({ length: t.columns }, (_, j) => (j === c ? 1 : 0)),
            ),
          );
          const soft = runProgram({ table: t, pivot, steps }, 'soft');
          const hard = runProgram({ table: t, pivot, steps }, 'hard');
          soft.forEach((s, k) => {
            expect(hard[k]!.scalar).toBe(s.scalar);
            expect(Array.from(hard[k]!.rowSelector)).toEqual(Array.from(s.rowSelector));
            expect(Array.from(hard[k]!.lookup)).toEqual(Array.from(s.lookup));
          });
        },
      ),
      { numRuns: 150 },
    );
  });
  it('hard evaluation takes the argmax operation and column (the first on ties)', () => {
    const w = hardenWeights(stepWeights([0.1, 0.3, 0.05, 0.3, 0.05, 0.05, 0.05, 0.05, 0.05], [0.4, 0.6]));
    expect(Array.from(w.op)).toEqual(op('count'));
    expect(Array.from(w.column)).toEqual([0, 1]);
    const soft = runProgram({ table, pivot: 10, steps: [stepWeights([0.2, 0.6, 0, 0.2, 0, 0, 0, 0, 0], [0.5, 0.5])] }, 'soft');
    const hard = runProgram({ table, pivot: 10, steps: [stepWeights([0.2, 0.6, 0, 0.2, 0, 0, 0, 0, 0], [0.5, 0.5])] }, 'hard');
    // Soft: 0.2·(0.5·58 + 0.5·142) + 0.6·6 = 23.6; hard: count = 6.
    expect(soft[0]!.scalar).toBeCloseTo(23.6, 12);
    expect(hard[0]!.scalar).toBe(6);
  });
  it('starts from rs_0 = all ones and zero scalars', () => {
    const h = initialHistory(3);
    expect(Array.from(h.rowSelector)).toEqual([1, 1, 1]);
    expect(Array.from(h.rowSelector2)).toEqual([1, 1, 1]);
    expect([h.scalar, h.scalar3]).toEqual([0, 0]);
  });
  it('rejects weights of the wrong length', () => {
    expect(() => runProgram({ table, pivot: 0, steps: [stepWeights([1], X)] })).toThrow(/α_op/);
    expect(() => runProgram({ table, pivot: 0, steps: [stepWeights(op('sum'), [1])] })).toThrow(/α_col/);
  });
});

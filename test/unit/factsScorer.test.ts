// How the facts scorer compares offices: as stated, with the differences of form an analyst would not count aside.
import * as assert from 'assert';
import { positionKey } from './factsScorer';

describe('facts scorer: offices', () => {
  it('a bracketed alias of up to three words is the same office', () => {
    assert.strictEqual(positionKey('Commander of the United States Central Command (CentCom)'), positionKey('Commander of the United States Central Command'));
    assert.strictEqual(positionKey('Speaker of the Council of the Nation (Upper House)'), positionKey('Speaker of the Council of the Nation'));
    assert.strictEqual(positionKey('head of the International Department of the Communist Party of China (CPC) Central Committee'), positionKey('head of the International Department of the Communist Party of China Central Committee'));
  });
  it('a different office, or the office cut short, stays different', () => {
    assert.notStrictEqual(positionKey('head of the International Department of the Communist Party of China (CPC) Central Committee'), positionKey('head of the International Department of the Communist Party of China'));
    assert.notStrictEqual(positionKey('Deputy Chief of Staff'), positionKey('Chief of Staff'));
    // (A longer bracket is part of what is stated.)
    assert.notStrictEqual(positionKey('Ambassador (with residence in Ankara to Georgia)'), positionKey('Ambassador'));
  });
  it('a nationality before, or a country after, is no part of the office', () => {
    assert.strictEqual(positionKey('Chinese Defense Minister'), positionKey('Defense Minister'));
    assert.strictEqual(positionKey('Minister of Foreign Affairs of the Republic of Portugal'), positionKey('Minister of Foreign Affairs'));
  });
});

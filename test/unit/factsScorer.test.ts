// How the facts scorer compares offices: as stated, with the differences of form an analyst would not count aside.
import * as assert from 'assert';
import { countryKey, placeKey, positionKey, samePosition, scoreFacts } from './factsScorer';
import type { Analysis, Person } from '../../src/core';

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
  it('"PM", "FM", "DPM" are the offices they shorten', () => {
    // The country an office is of is its holder's country, not its office, inside the office too.
    assert.strictEqual(positionKey('Consul General of Japan in Mumbai'), positionKey('Consul General in Mumbai'));
    assert.strictEqual(positionKey('Ambassador of the People\'s Republic of China in Belgrade'), positionKey('Ambassador in Belgrade'));
    assert.strictEqual(positionKey('Speaker of the Israeli Parliament'), positionKey('Speaker of the Parliament'));
    assert.strictEqual(positionKey('Secretary of Russia\'s National Security Council'), positionKey('Secretary of the National Security Council'));
    // (A sending country of two words before the country posted to: both aside.)
    assert.strictEqual(positionKey('Ambassador of the Russian Federation to the UK'), positionKey('Ambassador to the UK'));
    assert.strictEqual(positionKey('Ambassador of Saudi Arabia to Korea'), positionKey('Ambassador to Korea'));
    assert.notStrictEqual(positionKey('Ambassador of Saudi Arabia to Korea'), positionKey('Minister to Korea'));
    assert.notStrictEqual(positionKey('Consul General of Japan in Mumbai'), positionKey('Consul General'));
    assert.notStrictEqual(positionKey('Speaker of the Israeli Parliament'), positionKey('Speaker'));
    // So is an international body's name for its officials.
    assert.strictEqual(positionKey('NATO Secretary General'), positionKey('Secretary General'));
    assert.strictEqual(positionKey('U.N. High Commissioner for Refugees'), positionKey('High Commissioner for Refugees'));
    assert.strictEqual(positionKey('President of the European Council'), positionKey('President'));
    // (A body whose name holds a country's word is the body's: "American" in "Organization of American States".)
    assert.strictEqual(positionKey('Secretary General of the Organization of American States'), positionKey('Secretary General'));
    assert.strictEqual(positionKey('Commonwealth Secretary General'), positionKey('Secretary General'));
    assert.strictEqual(countryKey('Cooperation Council for the Arab States of the Gulf'), countryKey('Gulf Cooperation Council'));
    assert.notStrictEqual(positionKey('Secretary General of the Organization of American States'), positionKey('Assistant Secretary General'));
    assert.notStrictEqual(positionKey('Permanent Representative to the United Nations'), positionKey('Permanent Representative'));
    assert.strictEqual(positionKey('PM'), positionKey('Prime Minister'));
    assert.strictEqual(positionKey('Deputy FM'), positionKey('Deputy Foreign Minister'));
    assert.notStrictEqual(positionKey('PM'), positionKey('Deputy Prime Minister'));
  });
  it('a nationality before, or a country after, is no part of the office', () => {
    assert.strictEqual(positionKey('Chinese Defense Minister'), positionKey('Defense Minister'));
    assert.strictEqual(positionKey('Minister of Foreign Affairs of the Republic of Portugal'), positionKey('Minister of Foreign Affairs'));
  });
});

describe('facts scorer: the holder\'s term and the embassy\'s nationality', () => {
  it('"outgoing", "newly appointed", "incoming" say where the holder stands in his term, not the office', () => {
    assert.strictEqual(positionKey('outgoing Defence Attaché'), positionKey('Defence Attaché'));
    assert.strictEqual(positionKey('newly appointed Defence Attaché of the Embassy'), positionKey('Defence Attaché of the Embassy of the Republic of Belarus'));
    assert.strictEqual(positionKey('newly-appointed military attaché in Azerbaijan'), positionKey('military attaché in Azerbaijan'));
  });
  it('the nationality of the embassy an office is at is no part of the office', () => {
    assert.strictEqual(positionKey('Defense Attache at the Chinese Embassy'), positionKey('Defense Attache at the Embassy'));
    assert.strictEqual(positionKey('Military Attaché at the US Embassy in Bahrain'), positionKey('Military Attaché at the Embassy in Bahrain'));
  });
  it('a country between two offices stacked, or before the office another serves, is no part of the office', () => {
    assert.strictEqual(positionKey('Vice President and Prime Minister of the UAE and Ruler of Dubai'), positionKey('Vice President and Prime Minister and Ruler of Dubai'));
    assert.strictEqual(positionKey('Second Secretary to the New Zealand High Commissioner'), positionKey('Second Secretary to the High Commissioner'));
    assert.notStrictEqual(positionKey('Secretary to the High Commissioner'), positionKey('Private Secretary to the High Commissioner'));
    // (A country's own name with "and" in it is no stack: "of the United Kingdom of Great Britain and Northern Ireland in Cuba".)
    assert.strictEqual(positionKey('ambassador of the United Kingdom of Great Britain and Northern Ireland in Cuba'), positionKey('ambassador in Cuba'));
  });
  it('a former or acting holder, or another office at the embassy, stays different', () => {
    assert.notStrictEqual(positionKey('former Defence Attaché'), positionKey('Defence Attaché'));
    assert.notStrictEqual(positionKey('acting Ambassador'), positionKey('Ambassador'));
    assert.notStrictEqual(positionKey('Military Attaché at the Embassy'), positionKey('Naval Attaché at the Embassy'));
  });
});

describe('facts scorer: an office and the body written before it', () => {
  it('the engine\'s body before its office matches a gold office written with it, and the other way round', () => {
    assert.ok(samePosition({ position: 'Chief of Staff', organization: 'IDF' }, 'IDF Chief of Staff'));
    assert.ok(samePosition({ position: 'AIT Director', organization: 'AIT' }, 'Director'));
    assert.ok(samePosition({ position: 'Chief of Staff', organization: 'IDF' }, 'Chief of Staff'));
    assert.ok(samePosition({ position: 'Air Force Chief of Staff', organization: 'Indonesian Air Force' }, 'Chief of Staff'));
  });
  it('another body, another office, or a body without its office stays different', () => {
    assert.ok(!samePosition({ position: 'Chief of Staff', organization: 'IDF' }, 'Army Chief of Staff'));
    assert.ok(!samePosition({ position: 'Chief of Staff', organization: 'IDF' }, 'IDF Deputy Chief of Staff'));
    assert.ok(!samePosition({ position: 'Director', organization: 'AIT' }, 'AIT'));
    assert.ok(!samePosition({ position: null, organization: 'AIT' }, 'AIT Director'));
  });
});

describe('facts scorer: sides', () => {
  it('a country by any of its names, a body in either spelling', () => {
    assert.strictEqual(countryKey('U.S.'), countryKey('United States'));
    assert.strictEqual(countryKey('Organisation of Islamic Cooperation'), countryKey('Organization of Islamic Cooperation'));
    assert.notStrictEqual(countryKey('Organization of American States'), countryKey('Organization of Islamic Cooperation'));
    // (A body's short form and full name are one body: "IAEA", "International Atomic Energy Agency"; not another's.)
    assert.strictEqual(countryKey('IAEA'), countryKey('International Atomic Energy Agency'));
    assert.strictEqual(countryKey('OIC'), countryKey('Organisation of Islamic Cooperation'));
    assert.notStrictEqual(countryKey('IOM'), countryKey('International Atomic Energy Agency'));
  });
});
describe('facts scorer: places', () => {
  it('a country by any of its names is one place; a city is not its country', () => {
    assert.strictEqual(placeKey("Côte d'Ivoire"), placeKey('Ivory Coast'));
    assert.strictEqual(placeKey('the United States'), placeKey('USA'));
    assert.notStrictEqual(placeKey('Abidjan'), placeKey('Ivory Coast'));
    assert.strictEqual(placeKey('Abidjan, Ivory Coast'), placeKey('Abidjan'));
  });
  it('a capital by any of its spellings is one place ("Ha Noi", "Hà Nội", "Hanoi"); another city is not', () => {
    assert.strictEqual(placeKey('Ha Noi'), placeKey('Hanoi'));
    assert.strictEqual(placeKey('Hà Nội'), placeKey('Hanoi'));
    assert.notStrictEqual(placeKey('Da Nang'), placeKey('Hanoi'));
  });
});
describe('facts scorer: whose facts a gold official is scored on', () => {
  it('the one named exactly so, not the father whose name his holds and who is named more often', () => {
    const person = (name: string, position: string, mentions: number): Person =>
      ({ id: name, name, capacity: 'official', rank: null, position, organization: null, country: 'United Arab Emirates', mentions: Array(mentions).fill(0) });
    const analysis = { entities: [], organizations: [], meetings: [],
      persons: [person('Mohammed bin Rashid Al Maktoum', 'Ruler of Dubai', 3), person('Hamdan bin Mohammed bin Rashid Al Maktoum', 'Crown Prince of Dubai', 1)] } as unknown as Analysis;
    const gold = { officials: [{ name: 'Hamdan bin Mohammed bin Rashid Al Maktoum', country: 'United Arab Emirates', position: 'Crown Prince of Dubai', rank: null }], meetings: [] };
    const s = scoreFacts([{ name: 'a.txt', text: '', facts: gold }], () => analysis);
    assert.strictEqual(s.position.right, 1, s.position.misses.join('; '));
  });
});

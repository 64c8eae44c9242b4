import * as assert from 'assert';
import { unwrapLines } from '../../src/core/recognition/hardWrap';

const WRAPPED = [
  'Delegates from both navies met on Tuesday at the headquarters to review',
  'the plan for the joint exercise that is planned for the coming autumn, and',
  'they agreed on the next steps of the staff talks. The commander said the',
  'exercise would take place near the coast, where both fleets have trained.',
  'The two sides also reviewed the exchange of cadets and the training of',
  'officers in each other\'s academies.',
].join('\n');

describe('hard-wrapped text', () => {
  it('keeps the length and changes only line breaks, into spaces', () => {
    const text = 'Navies review exercise plan\n\n' + WRAPPED + '\n\nEnds\n';
    const read = unwrapLines(text);
    assert.strictEqual(read.length, text.length);
    for (let i = 0; i < text.length; i++) if (read[i] !== text[i]) assert.deepStrictEqual([text[i], read[i]], ['\n', ' ']);
    assert.notStrictEqual(read, text);
  });
  it('joins lines broken inside a sentence, not the title above nor a closed sentence\'s break before a capital', () => {
    const read = unwrapLines('Navies review exercise plan\n' + WRAPPED).split('\n');
    assert.strictEqual(read[0], 'Navies review exercise plan');
    assert.ok(read[1].startsWith('Delegates from both navies') && read[1].endsWith('where both fleets have trained.'), read[1]);
  });
  it('leaves a text of whole-paragraph lines and a list alone', () => {
    const text = 'Minister receives envoy\n\nThe minister received the ambassador on Monday and discussed trade.\nThey agreed to meet again.\n\n- energy\n- trade\n- culture and the\nexchange of students\n';
    assert.strictEqual(unwrapLines(text), text);
  });
});

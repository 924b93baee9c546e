/**
 * Cheap test run before chrono on each sentence: a sentence with no digit and none of these word
 * stems cannot hold a time expression, so chrono is not called on it.
 */
const CUE =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|now|current|present|recent|past|future|soon|ago|year|month|week|day|hour|minute|second|decade|centur|quarter|half|season|spring|summer|autumn|fall|winter|morning|noon|evening|night|annual|daily|fiscal|financial|era|time|term|date|period|later|earlier|previous|formerly|ongoing|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|fortnight|christmas|easter/i;

export function mayHoldTime(sentence: string): boolean {
  return CUE.test(sentence);
}

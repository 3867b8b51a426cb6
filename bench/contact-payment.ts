/**
 * Prints the contact and payment detection figures on evals/contact-payment/cases.json, with each
 * miss and false alarm. Run: npx tsx bench/contact-payment.ts
 */
import { loadContactCases } from '../src/evals/contact-payment/contact-case.ts';
import { measureContact } from '../src/evals/contact-payment/measure-contact.ts';

const { cases } = await loadContactCases('evals/contact-payment/cases.json');
const m = measureContact(cases);
console.log(`cases ${cases.length}; detection ${(m.detected / m.expected).toFixed(2)} (${m.detected}/${m.expected}); false positives ${m.falsePositives}`);
if (m.misses.length > 0) console.log(`missed: ${m.misses.join(', ')}`);
if (m.falseAlarms.length > 0) console.log(`false alarms: ${m.falseAlarms.join(', ')}`);

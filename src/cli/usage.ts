/** @internal A mistake on the command line: exit 2 with a short usage hint. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** @internal The one-line hint after a usage error. */
export const USAGE_HINT =
  'Usage: cs-metrics report [--data DIR | FILES…] [--profile b2b|b2c|consulting|profile.json] [--period YYYY-MM | --from DATE --to DATE] [--format table|markdown|json|html]\nRun `cs-metrics --help` for every command and option.';

/** @internal `cs-metrics --help`. */
export const HELP = `cs-metrics — score sales, account and contact-centre managers against a benchmark profile

Usage:
  cs-metrics report [--data DIR | FILES…] [options]   a team's scorecard (the bundled sample without --data)
  cs-metrics profiles [b2b|b2c|consulting]            list the built-in profiles, or print one as JSON
  cs-metrics schema TYPE                              the JSON Schema of an input type (Deal, CallRecord, …),
                                                      of the scorecard (scorecard) or of --format json (report)
  cs-metrics --help | --version

Options of report:
  --data DIR            a directory of exports, one file per kind: managers, interactions, deals, plans,
                        calls, reviews, trainings, budget-lines, surveys, tickets, feedback, customers,
                        revenue (.csv, .jsonl or .json); managers is required
  FILES…                the same files given one by one
  --profile P           b2b (default), b2c, consulting, or a profile JSON file ("extends": "b2b" + overrides)
  --period YYYY-MM      the period scored (a label: 2026, 2026-Q4, 2026-10, 2026-W44, 2026-10-28)
  --from D --to D       or the first and last day (YYYY-MM-DD), both included
  --tz ZONE             the IANA time zone of days and of dates without an offset (default UTC)
  --manager ID          one manager's scorecard only
  --format F            table (default), markdown, json or html
  --out FILE            write the report to FILE instead of standard output
  --locale L            en (default) or zh-CN
  --mapping KIND=M      read KIND's file with a column mapping: a built-in one (zoho-deals, zoho-calls,
                        zoho-meetings, salesforce-opportunities, salesforce-activities, hubspot-deals,
                        hubspot-activities, fxiaoke-deals, fxiaoke-activities) or a mapping JSON file;
                        repeat for several kinds
  --currency CUR        the currency of mapped exports without a currency column (and of the sample)
  --rate CUR=RATE       an exchange rate into the plan's currency (1 CUR = RATE), for deals in another
                        currency than their manager's plan; repeat per currency (default none: an error)
  --encoding ENC        the text encoding of the files: utf-8 (default), gb18030 for GBK exports, …
  --delimiter C         the CSV delimiter: , (default), ; or \\t for a tab

Exit codes: 0 ok, 1 bad input (a file, a profile, a mapping), 2 usage.
Docs: docs/cli.md
`;

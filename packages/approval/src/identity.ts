// Who an account is: a bot, an agent, or a person. GitHub logins are case-insensitive.

export interface Account {
  login: string;
  /** The API's account type: `User`, `Bot`, `Organization`. */
  type?: string;
}

/** A `*`/`?` glob over logins, case-insensitive; no other syntax, so `[bot]` is literal. */
export function loginMatches(pattern: string, login: string): boolean {
  const source = pattern
    .split('')
    .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 'i').test(login);
}

export function sameLogin(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

/** The one bot rule: GitHub says the account is a Bot, or its login ends in `[bot]` (an app's). */
export function isBot(account: Account): boolean {
  return account.type === 'Bot' || account.login.toLowerCase().endsWith('[bot]');
}

/** Why the account is not a person, or undefined when it is one. */
export function nonHumanReason(account: Account, agents: string[]): string | undefined {
  if (account.type && account.type !== 'User' && account.type !== 'Bot') return `is an account of type ${account.type}, not a person`;
  if (isBot(account)) return account.type === 'Bot' ? 'is a bot' : 'is a bot (its login ends in [bot])';
  const agent = agents.find((pattern) => loginMatches(pattern, account.login));
  if (agent) return `is an agent account (listed in approvers.agents as \`${agent}\`)`;
  return undefined;
}

// Every form in which a secret can reach a reader. A value is masked not only as given but
// as a URL carries it (userinfo, query, percent-encoded, form-encoded, lower-case escapes),
// as JSON writes it (once and twice escaped: a body quoted inside a JSON report), as HTML
// writes it, and in each of those applied to the URL forms, because services echo what
// they received in whichever encoding they like. URL credentials add their Basic-auth
// header. All forms are registered with the runner and replaced by *** in every report.

/** Shorter values are not masked: masking "ab" would garble the whole report. */
const MIN_SECRET_LENGTH = 3;

const lowerHex = (text: string) => text.replace(/%[0-9A-F]{2}/g, (code) => code.toLowerCase());
const jsonEscaped = (text: string) => JSON.stringify(text).slice(1, -1);
const htmlEscaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const formEncoded = (text: string) => new URLSearchParams({ s: text }).toString().slice(2);

/** How the WHATWG URL serializer writes `text` in userinfo, path and query. */
function urlForms(text: string): string[] {
  const url = new URL('http://host/');
  url.password = text;
  const forms = [url.password];
  url.pathname = `/${text}`;
  forms.push(url.pathname.slice(1));
  url.search = `?${text}`;
  forms.push(url.search.slice(1));
  return forms;
}

/** The forms of one secret: as given, as a URL carries it, and each of those escaped for JSON, HTML and percent-encoding. */
export function secretForms(secret: string): string[] {
  const forms = new Set<string>();
  for (const base of new Set([secret, ...urlForms(secret)])) {
    const percent = encodeURIComponent(base);
    for (const form of [base, percent, lowerHex(percent), formEncoded(base), lowerHex(formEncoded(base))]) {
      forms.add(form);
      forms.add(jsonEscaped(form));
      forms.add(jsonEscaped(jsonEscaped(form)));
      forms.add(htmlEscaped(form));
    }
  }
  return [...forms];
}

/** Every form of every secret, longest first (so a form that contains another is masked whole). */
export function maskForms(secrets: Iterable<string>): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of secretForms(secret)) forms.add(form);
  }
  return [...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** The secrets in a URL's userinfo (decoded), and the Basic-auth header they become. */
export function credentialSecrets(user: string, password: string): { secrets: string[]; authorization: string } {
  const basic = Buffer.from(`${user}:${password}`, 'utf8').toString('base64');
  return { secrets: [user, password, basic, `Basic ${basic}`], authorization: `Basic ${basic}` };
}

/**
 * The secret parts of a secret-looking header's value: all of it, the credentials after an
 * auth scheme ("Bearer abc" → "abc"; Basic's decoded user and password too), and each
 * cookie's value.
 */
export function headerSecrets(name: string, value: string): string[] {
  const secrets = [value];
  const scheme = /^[A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*\s+(\S.*)$/.exec(value);
  if (scheme?.[1]) {
    const credentials = scheme[1].trim();
    secrets.push(credentials);
    if (/^basic\s/i.test(value)) secrets.push(...Buffer.from(credentials, 'base64').toString('utf8').split(':'));
  }
  if (/cookie/i.test(name)) {
    for (const pair of value.split(';')) {
      const cookie = pair.slice(pair.indexOf('=') + 1).trim();
      if (pair.includes('=') && cookie) secrets.push(cookie);
    }
  }
  return secrets;
}

/** Decodes percent-escapes, leaving text that is not validly encoded as it is. */
export function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Replaces every form in `forms` (as from maskForms) by ***. */
export function redact(text: string, forms: readonly string[]): string {
  let out = text;
  for (const form of forms) if (out.includes(form)) out = out.split(form).join('***');
  return out;
}

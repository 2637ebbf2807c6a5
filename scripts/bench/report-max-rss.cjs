// Preloaded (node --require) by the memory bench: when the process exits, writes to the file
// RELEASE_GOVERNANCE_MAX_RSS_FILE names its peak resident set size in KiB (getrusage's
// maxrss), and on Linux what is resident at exit, split into anonymous memory (what the
// process allocated) and file-backed pages (the node binary and libraries, shared).
process.on('exit', () => {
  const fs = require('node:fs');
  let status = '';
  try {
    status = fs.readFileSync('/proc/self/status', 'utf8');
  } catch {
    // not Linux: the peak alone
  }
  const kib = (key) => {
    const match = new RegExp(`${key}:\\s+(\\d+)`).exec(status);
    return match ? Number(match[1]) : null;
  };
  fs.writeFileSync(
    process.env.RELEASE_GOVERNANCE_MAX_RSS_FILE,
    JSON.stringify({ peak: process.resourceUsage().maxRSS, anon: kib('RssAnon'), file: kib('RssFile') }),
  );
});

// Preloaded (node --require) by the memory bench: when the process exits, writes its peak
// resident set size in KiB (getrusage's maxrss) to the file RELEASE_GOVERNANCE_MAX_RSS_FILE names.
process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.RELEASE_GOVERNANCE_MAX_RSS_FILE, String(process.resourceUsage().maxRSS));
});

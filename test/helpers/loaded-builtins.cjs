// Preloaded (node --require) by test/proxy.test.ts: when the process exits, writes the Node
// built-in modules it loaded, one a line, to the file LOADED_BUILTINS_FILE names.
process.on('exit', () => {
  const loaded = process.moduleLoadList.filter((entry) => entry.startsWith('NativeModule ')).map((entry) => entry.slice('NativeModule '.length));
  require('node:fs').writeFileSync(process.env.LOADED_BUILTINS_FILE, loaded.join('\n'));
});

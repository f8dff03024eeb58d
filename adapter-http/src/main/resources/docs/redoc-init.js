// Starts ReDoc on /openapi.json with system fonts: no web font or other file from outside this server.
(() => {
  const systemFonts = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
  const monoFonts = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';
  Redoc.init('/openapi.json', {
    expandResponses: '200,201,202',
    requiredPropsFirst: false,
    hideHostname: true,
    theme: {
      typography: {
        fontFamily: systemFonts,
        headings: { fontFamily: systemFonts },
        code: { fontFamily: monoFonts }
      }
    }
  }, document.getElementById('redoc'));
})();

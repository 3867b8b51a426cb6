// Starts Swagger UI on the server's own OpenAPI document. Kept out of the HTML so the page needs
// no inline script and the strict Content-Security-Policy holds.
window.ui = window.SwaggerUIBundle({
  url: '/docs/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  presets: [window.SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
  // Nothing leaves the machine: no validator badge calling out to swagger.io.
  validatorUrl: null,
});

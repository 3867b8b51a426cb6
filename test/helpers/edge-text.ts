/** What only the CLI may say: a bidwright command or one of its flags. */
export const CLI_TEXT = /\bbidwright (?:proof|profile|eval|serve|triage|propose|offer|audit|lint|casestudy|track)\b|--(?:data|engine|record|help|json)\b/;

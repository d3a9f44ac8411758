/** "Veelgestelde vragen": the public articles of the knowledge base. */
export const FAQ_PATH = '/vragen-en-antwoorden';
export const articlePath = (id: string) => `${FAQ_PATH}/${encodeURIComponent(id)}`;
/** Search waits until the tenant stops typing for this long. */
export const FAQ_DEBOUNCE_MS = 300;

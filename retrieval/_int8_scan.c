/* The int8 first pass of the in-process copy's exact searches (retrieval/int8_rows.py).
 *
 * scan() reads every row's int8 codes once, takes its inner product with the query's
 * int16 codes in int32 (exact: no rounding), and turns it into bounds on the row's float32
 * score from per-row error terms the caller computed when it quantised the rows. It
 * writes every row's upper bound and keeps the rows of the k best lower bounds. Reading
 * one byte per element instead of four is the whole point: the scans are memory-bound.
 *
 * Built by setuptools (setup.py) at install; when it is absent, int8_rows.py computes the
 * same integers with numpy, and the copy falls back to its float32 scans. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

/* gcc vectorises the int8 x int16 -> int32 sum (vpmovsxbw + vpmaddwd); the clones let one
 * build pick the widest vectors the CPU has (AVX-512, AVX2, SSE2) at load time. */
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define KERNEL_CLONES __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define KERNEL_CLONES
#endif

/* Rows per block: their int32 products stay in L1 between the two loops. */
#define BLOCK 512

KERNEL_CLONES
static void dots(const int8_t *codes, Py_ssize_t rows, Py_ssize_t dim, const int16_t *query,
                 int32_t *out) {
    for (Py_ssize_t i = 0; i < rows; i++) {
        const int8_t *row = codes + i * dim;
        int32_t sum = 0;
        for (Py_ssize_t j = 0; j < dim; j++) sum += (int32_t)row[j] * (int32_t)query[j];
        out[i] = sum;
    }
}

/* A min-heap of (lower bound, row) pairs: the k best lower bounds seen so far. */
static void sift_down(double *key, int64_t *row, Py_ssize_t size, Py_ssize_t at) {
    for (;;) {
        Py_ssize_t least = at, left = 2 * at + 1, right = left + 1;
        if (left < size && key[left] < key[least]) least = left;
        if (right < size && key[right] < key[least]) least = right;
        if (least == at) return;
        double k = key[at];
        int64_t r = row[at];
        key[at] = key[least];
        row[at] = row[least];
        key[least] = k;
        row[least] = r;
        at = least;
    }
}

static void sift_up(double *key, int64_t *row, Py_ssize_t at) {
    while (at > 0) {
        Py_ssize_t parent = (at - 1) / 2;
        if (key[parent] <= key[at]) return;
        double k = key[at];
        int64_t r = row[at];
        key[at] = key[parent];
        row[at] = row[parent];
        key[parent] = k;
        row[parent] = r;
        at = parent;
    }
}

static int check(Py_buffer *view, Py_ssize_t itemsize, Py_ssize_t items, const char *name) {
    if (view->len != itemsize * items) {
        PyErr_Format(PyExc_ValueError, "%s: expected %zd bytes, got %zd", name,
                     itemsize * items, view->len);
        return -1;
    }
    return 0;
}

PyDoc_STRVAR(scan_doc,
"scan(codes, dim, query, scale, spread, hat, qscale, qnorm, tnorm, upper, best_rows, best_keys) -> int\n\n"
"codes: rows x dim int8; query: dim int16; scale, spread, hat, upper: rows float64;\n"
"best_rows (int64) and best_keys (float64): k items each. Row i's bounds are\n"
"scale[i] * qscale * dot(codes[i], query) -/+ (spread[i] * qnorm + hat[i] * tnorm).\n"
"Writes every upper bound into upper and the rows of the k best lower bounds into\n"
"best_rows (in no order); returns how many rows best_rows holds (min(k, rows)).");

static PyObject *scan(PyObject *self, PyObject *args) {
    Py_buffer codes, query, scale, spread, hat, upper, best_rows, best_keys;
    Py_ssize_t dim, held = 0;
    double qscale, qnorm, tnorm;
    (void)self;
    if (!PyArg_ParseTuple(args, "y*ny*y*y*y*dddw*w*w*", &codes, &dim, &query, &scale, &spread,
                          &hat, &qscale, &qnorm, &tnorm, &upper, &best_rows, &best_keys))
        return NULL;
    Py_buffer *views[] = {&codes, &query, &scale, &spread, &hat, &upper, &best_rows, &best_keys};
    PyObject *result = NULL;
    Py_ssize_t rows = dim > 0 ? codes.len / dim : 0;
    Py_ssize_t k = best_rows.len / (Py_ssize_t)sizeof(int64_t);
    if (dim <= 0 || codes.len != rows * dim) {
        PyErr_SetString(PyExc_ValueError, "codes: not a whole number of rows of dim bytes");
        goto done;
    }
    if (check(&query, sizeof(int16_t), dim, "query") || check(&scale, sizeof(double), rows, "scale")
        || check(&spread, sizeof(double), rows, "spread") || check(&hat, sizeof(double), rows, "hat")
        || check(&upper, sizeof(double), rows, "upper")
        || check(&best_keys, sizeof(double), k, "best_keys"))
        goto done;
    Py_BEGIN_ALLOW_THREADS
    const int8_t *c = (const int8_t *)codes.buf;
    const int16_t *q = (const int16_t *)query.buf;
    const double *sc = (const double *)scale.buf, *sp = (const double *)spread.buf;
    const double *h = (const double *)hat.buf;
    double *up = (double *)upper.buf, *key = (double *)best_keys.buf;
    int64_t *best = (int64_t *)best_rows.buf;
    int32_t block[BLOCK];
    for (Py_ssize_t start = 0; start < rows; start += BLOCK) {
        Py_ssize_t count = rows - start < BLOCK ? rows - start : BLOCK;
        dots(c + start * dim, count, dim, q, block);
        for (Py_ssize_t n = 0; n < count; n++) {
            Py_ssize_t i = start + n;
            double approx = sc[i] * qscale * (double)block[n];
            double error = sp[i] * qnorm + h[i] * tnorm;
            double lower = approx - error;
            up[i] = approx + error;
            if (held < k) {
                key[held] = lower;
                best[held] = i;
                sift_up(key, best, held);
                held++;
            } else if (k > 0 && lower > key[0]) {
                key[0] = lower;
                best[0] = i;
                sift_down(key, best, k, 0);
            }
        }
    }
    Py_END_ALLOW_THREADS
    result = PyLong_FromSsize_t(held);
done:
    for (size_t v = 0; v < sizeof(views) / sizeof(views[0]); v++) PyBuffer_Release(views[v]);
    return result;
}

static PyMethodDef methods[] = {
    {"scan", scan, METH_VARARGS, scan_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_int8_scan", "The int8 first pass of the copy's exact searches.",
    -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__int8_scan(void) { return PyModule_Create(&module); }

# Makes the reference result the trainer is tested against
# (test/unit/fixtures/logistic-reference.json): a small weighted data set and
# the weights scikit-learn's LogisticRegression (lbfgs, L2) fits to it.
# Run with Debian's python3-sklearn: /usr/bin/python3 scripts/train/reference.py
import json
import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression

rng = np.random.default_rng(20261203)
rows, cols = 120, 10
x = rng.normal(size=(rows, cols)) * (rng.random((rows, cols)) < 0.4)
true_w = rng.normal(size=cols) * 1.5
y = (rng.random(rows) < 1 / (1 + np.exp(-(x @ true_w - 0.3)))).astype(int)
sample_weight = np.round(rng.uniform(0.5, 2.0, size=rows), 3)
x = np.round(x, 4)
cases = []
for c in (0.1, 1.0, 10.0):
    model = LogisticRegression(C=c, solver='lbfgs', tol=1e-12, max_iter=100000)
    model.fit(x, y, sample_weight=sample_weight)
    cases.append({'C': c, 'coef': model.coef_[0].tolist(), 'intercept': float(model.intercept_[0])})
out = {
    'source': f'scikit-learn {sklearn.__version__} LogisticRegression(solver="lbfgs", tol=1e-12)',
    'x': x.tolist(), 'y': y.tolist(), 'sampleWeight': sample_weight.tolist(), 'cases': cases,
}
with open('test/unit/fixtures/logistic-reference.json', 'w') as f:
    json.dump(out, f)
    f.write('\n')

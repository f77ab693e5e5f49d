"""The safety logic behind the gateway's stages: :mod:`.pii` (Japanese personal-data
recognizers, the GiNZA + Presidio analyzer, pseudonymization and streaming restoration),
:mod:`.classify` (the input guard), :mod:`.output` (output filters) and :mod:`.policy`
(the policy model, loader and hot reload). Never imports :mod:`proxy`; of the project's
packages it uses only :mod:`retrieval` (the embedder)."""

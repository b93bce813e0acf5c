"""The trained relation scorer: per-relation probabilities for candidate mention pairs."""

from rekg.extract.scorer.model import NONE, PairInput, RelationScorer, fitting_relations

__all__ = ["NONE", "PairInput", "RelationScorer", "fitting_relations"]

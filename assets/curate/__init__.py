"""The curate stage: curators' corrections applied reproducibly, and the review queue."""

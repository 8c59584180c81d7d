//! Dependency analysis over the diagram's edges: blast radius and root-cause ranking.

"""The made-up council story that the extraction tests put on their hand-made pages: one
copy, so every page test reads the same article."""

BRIDGE_STORY = [
    "The Millbrook town council voted on Tuesday night to rebuild the old stone bridge "
    "over the river, ending a dispute that has divided the town for nine years.",
    "Mayor Alice Hartley said the decision, taken by seven votes to two, would let work "
    "start in the spring, once the river is low enough for the engineers to reach the piers.",
    "The bridge, built in 1822 by a local mason, was closed to traffic in 2015 after a "
    "flood washed away part of its eastern arch and left the roadway unsafe.",
    "Engineers expect the restored bridge to reopen to cars and cyclists in the autumn "
    "of next year, the council said in a statement after the vote.",
]

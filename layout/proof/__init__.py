"""Stage 8, proof: what editors, designers and proofreaders (校对) review before press.

* ``report``: the preflight report (findings located on the page; JSON and text);
* ``image``: PNG proofs rendered from the PDF that ``build`` writes (pypdfium2), with
  optional overlays: column and baseline grids, blocks with their names, finding markers;
* ``diff``: a visual difference of two versions of a page;
* ``serve``: the live preview in the browser.
"""

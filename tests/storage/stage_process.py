"""One step of a run in a process of its own: ``begin SOURCE DAY`` or ``STAGE CONTEXT_JSON``.

Prints the run context (JSON) on its last line. Settings come from the environment, as for a
worker: each call may have its own NEWSFLOW_DATA_DIR and share NEWSFLOW_DATA_URI.
"""

from __future__ import annotations

import json
import sys
from datetime import date


def main(argv: list[str]) -> None:
    from etl.pipeline import begin_run, run_stage
    from etl.window import Window

    step, argument = argv[0], argv[1]
    if step == "begin":
        source, day = argument, date.fromisoformat(argv[2])
        print(json.dumps(begin_run(source, Window.day(day)).to_dict()))
    else:
        print(json.dumps(run_stage(step, json.loads(argument))))


if __name__ == "__main__":
    main(sys.argv[1:])

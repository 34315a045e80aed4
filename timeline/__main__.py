from timeline.cli import main

raise SystemExit(main())

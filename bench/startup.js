// Startup: an (effectively) empty script. Measures process start + runtime init + teardown; prints nothing.

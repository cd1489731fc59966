for (const x of [1] { }

const f = async () => {
  const r = await fetch("x")
  return r
}}

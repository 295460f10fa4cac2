// Content addressing, first pass over the memory (NTM eqs. 5–6): K[k, M_i] = k·M_i / (‖k‖·‖M_i‖) for every
// slot (0 when k or M_i is all zeros), and, in the same pass, each thread's softmax partial of z_i = β·K[k, M_i]:
// (max z, Σ exp(z − max)) over its rows, so the memory is read once and no workgroup barrier is needed
// (flash-decoding's split softmax). Thread t owns blocks t, t + address_threads, … of address_block rows and reads each row as cells
// (vec4 when M is a multiple of 4). Compose after workgroup-index.wgsl, the Cell prelude and ntm-params.wgsl.

override WORKGROUP_SIZE: u32 = 64u;

@group(0) @binding(0) var<storage, read> content_memory: array<Cell>;
@group(0) @binding(1) var<storage, read> content_key: array<Cell>;
@group(0) @binding(2) var<storage, read_write> content_similarity: array<f32>;
@group(0) @binding(3) var<storage, read_write> content_partials: array<vec2f>;
@group(0) @binding(4) var<uniform> ntm: NtmParams;

@compute @workgroup_size(WORKGROUP_SIZE)
fn content_address(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let t = flat_workgroup_index(wid, nwg) * WORKGROUP_SIZE + lid;
  if (t >= ntm.address_threads) {
    return;
  }
  let cells = ntm.cells;
  var key_cells = Cell(0.0);
  for (var j = 0u; j < cells; j++) {
    key_cells += content_key[j] * content_key[j];
  }
  let key_squared = cell_sum(key_cells);
  var partial = vec2f(LOWEST_F32, 0.0);
  let blocks = (ntm.n + ntm.address_block - 1u) / ntm.address_block;
  for (var blk = t; blk < blocks; blk += ntm.address_threads) {
    let start = blk * ntm.address_block;
    let end = min(start + ntm.address_block, ntm.n);
    for (var i = start; i < end; i++) {
      let base = i * cells;
      var dot_cells = Cell(0.0);
      var row_cells = Cell(0.0);
      for (var j = 0u; j < cells; j++) {
        let x = content_memory[base + j];
        dot_cells += x * content_key[j];
        row_cells += x * x;
      }
      let row_squared = cell_sum(row_cells);
      var cosine = 0.0;
      if (row_squared > 0.0 && key_squared > 0.0) {
        cosine = clamp(cell_sum(dot_cells) / (sqrt(row_squared) * sqrt(key_squared)), -1.0, 1.0);
      }
      content_similarity[i] = cosine;
      partial = push_softmax(partial, ntm.beta * cosine);
    }
  }
  content_partials[t] = partial;
}

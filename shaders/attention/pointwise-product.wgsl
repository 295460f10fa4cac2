// Attention as a mask (the lecture's "Definición"): the pointwise product of an object and a mask of the same
// shape, y = x ⊙ m. The object has `channels` interleaved values per element (1 for a grey image or a text's
// tokens); the mask has one value per element, shared by its channels. One thread per value, over a 2-D
// workgroup grid, so a 4,096 × 4,096 image (16.7 M values) stays within 65,535 workgroups per dimension.
// Requires shaders/common/workgroup-index.wgsl before it. Host: core/gpu/attention/pointwise-product.ts.

struct ProductParams {
  count: u32,
  channels: u32,
}

override WORKGROUP_SIZE: u32 = 256u;

@group(0) @binding(0) var<storage, read> product_object: array<f32>;
@group(0) @binding(1) var<storage, read> product_mask: array<f32>;
@group(0) @binding(2) var<storage, read_write> product_out: array<f32>;
@group(0) @binding(3) var<uniform> product_params: ProductParams;

@compute @workgroup_size(WORKGROUP_SIZE)
fn pointwise_product(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let i = flat_workgroup_index(wid, nwg) * WORKGROUP_SIZE + lid;
  if (i >= product_params.count) {
    return;
  }
  product_out[i] = product_object[i] * product_mask[i / product_params.channels];
}

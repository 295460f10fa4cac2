// Attention as a mask (the lecture's "Definición"): the pointwise product of an object and a mask of the same
// shape, y = x ⊙ m. The object has `channels` interleaved values per element (1 for a grey image or a text's
// tokens); the mask has one value per element, shared by its channels. Each thread reads and writes four
// consecutive values as one vec4 (the host pads the object and the output to a multiple of 4 values; the mask
// index of a padded value is clamped to the last element), which on SwiftShader moves about 1.5× the bytes per
// second of one value per thread. A 2-D workgroup grid keeps a 4,096 × 4,096 image (4.2 M vec4s) within 65,535
// workgroups per dimension.
// Requires shaders/common/workgroup-index.wgsl before it. Host: core/gpu/attention/pointwise-product.ts.

struct ProductParams {
  // ceil(values / 4)
  count4: u32,
  channels: u32,
  // elements − 1: the last mask index
  last: u32,
}

override WORKGROUP_SIZE: u32 = 256u;

@group(0) @binding(0) var<storage, read> product_object: array<vec4f>;
@group(0) @binding(1) var<storage, read> product_mask: array<f32>;
@group(0) @binding(2) var<storage, read_write> product_out: array<vec4f>;
@group(0) @binding(3) var<uniform> product_params: ProductParams;

fn product_mask_at(value: u32) -> f32 {
  return product_mask[min(value / product_params.channels, product_params.last)];
}

@compute @workgroup_size(WORKGROUP_SIZE)
fn pointwise_product(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let i = flat_workgroup_index(wid, nwg) * WORKGROUP_SIZE + lid;
  if (i >= product_params.count4) {
    return;
  }
  let e = 4u * i;
  let m = vec4f(product_mask_at(e), product_mask_at(e + 1u), product_mask_at(e + 2u), product_mask_at(e + 3u));
  product_out[i] = product_object[i] * m;
}

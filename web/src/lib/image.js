// Photos are compressed on the phone before upload: a 4 MB camera picture becomes at most 500 KB of
// JPEG, scaled to 1600 px on the long side and re-encoded at falling quality until it fits.

export const MAX_UPLOAD_BYTES = 500 * 1024
const MAX_SIDE = 1600

/** The sizes to draw at so the long side is at most maxSide. */
export function fitWithin(width, height, maxSide = MAX_SIDE) {
  const scale = Math.min(1, maxSide / Math.max(width, height))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

function toBlob(canvas, quality) {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality))
}

async function decode(file) {
  if (typeof createImageBitmap === 'function') {
    try {
      return await createImageBitmap(file, { imageOrientation: 'from-image' })
    } catch {
      /* fall back to an <img> */
    }
  }
  const url = URL.createObjectURL(file)
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    return img
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** A photo as a JPEG Blob of at most MAX_UPLOAD_BYTES; a PDF, or a small enough picture, unchanged. */
export async function compressImage(file, maxBytes = MAX_UPLOAD_BYTES) {
  if (file.type === 'application/pdf') return file
  if (file.size <= maxBytes && (file.type === 'image/jpeg' || file.type === 'image/webp' || file.type === 'image/png')) return file
  const image = await decode(file)
  let { width, height } = fitWithin(image.width, image.height)
  const canvas = document.createElement('canvas')
  for (let attempt = 0; attempt < 6; attempt++) {
    canvas.width = width
    canvas.height = height
    const ctx = canvas.getContext('2d')
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, width, height)
    ctx.drawImage(image, 0, 0, width, height)
    for (const quality of [0.8, 0.65, 0.5]) {
      const blob = await toBlob(canvas, quality)
      if (blob && blob.size <= maxBytes) return blob
    }
    width = Math.round(width * 0.75)
    height = Math.round(height * 0.75)
  }
  throw new Error('photo too large')
}

//! Scaling a picture down as its rows arrive, so a picture is never held
//! at full size: each pixel of the result is the average of the source
//! pixels it covers (weighted by their alpha, so transparent pixels do not
//! darken the edges).

/// The size a `width`×`height` picture is shown at: the same, or scaled
/// down to fit `side` by `side`, keeping its shape (never below 1 pixel).
pub fn fitted(width: u32, height: u32, side: u32) -> (u32, u32) {
    if width <= side && height <= side {
        return (width, height);
    }
    let scale = f64::from(side) / f64::from(width.max(height));
    let scaled = |n: u32| ((f64::from(n) * scale).round() as u32).clamp(1, side);
    (scaled(width), scaled(height))
}

/// Takes a picture's rows, top to bottom, as RGBA8, and builds the scaled
/// picture.
pub struct Shrinker {
    source: (u32, u32),
    target: (u32, u32),
    /// Per target column of the target row being filled: alpha-weighted
    /// sums of red, green and blue, the sum of alpha, and how many pixels.
    sums: Vec<[u64; 5]>,
    /// The target row being filled.
    row: u32,
    /// The result so far.
    rgba: Vec<u8>,
    /// Which target column each source column falls in.
    columns: Vec<u32>,
}

impl Shrinker {
    /// A shrinker from `source` (width, height) to `target`.
    pub fn new(source: (u32, u32), target: (u32, u32)) -> Self {
        let columns = (0..source.0)
            .map(|x| (u64::from(x) * u64::from(target.0) / u64::from(source.0)) as u32)
            .collect();
        Self {
            source,
            target,
            sums: vec![[0; 5]; target.0 as usize],
            row: 0,
            rgba: Vec::with_capacity(target.0 as usize * target.1 as usize * 4),
            columns,
        }
    }

    /// Takes source row `y` (RGBA8, `source.0` pixels).
    pub fn push_row(&mut self, y: u32, rgba: &[u8]) {
        let target_row =
            (u64::from(y) * u64::from(self.target.1) / u64::from(self.source.1)) as u32;
        while self.row < target_row {
            self.finish_row();
        }
        for (pixel, &column) in rgba.chunks_exact(4).zip(&self.columns) {
            let Some(sum) = self.sums.get_mut(column as usize) else {
                continue;
            };
            let alpha = u64::from(pixel[3]);
            sum[0] += u64::from(pixel[0]) * alpha;
            sum[1] += u64::from(pixel[1]) * alpha;
            sum[2] += u64::from(pixel[2]) * alpha;
            sum[3] += alpha;
            sum[4] += 1;
        }
    }

    /// Writes the target row being filled, and starts the next.
    fn finish_row(&mut self) {
        for sum in &mut self.sums {
            let [r, g, b, a, n] = *sum;
            // Fully transparent: the colour does not matter.
            let colour = |c: u64| c.checked_div(a).unwrap_or(0) as u8;
            let pixel = [colour(r), colour(g), colour(b), (a / n.max(1)) as u8];
            self.rgba.extend_from_slice(&pixel);
            *sum = [0; 5];
        }
        self.row += 1;
    }

    /// The scaled picture's RGBA pixels (rows never given stay transparent).
    pub fn finish(mut self) -> Vec<u8> {
        while self.row < self.target.1 {
            self.finish_row();
        }
        self.rgba
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_fit_and_keep_their_shape() {
        assert_eq!(fitted(800, 600, 2048), (800, 600));
        assert_eq!(fitted(4000, 1000, 2048), (2048, 512));
        assert_eq!(fitted(8192, 8192, 2048), (2048, 2048));
        assert_eq!(fitted(100_000, 3, 2048), (2048, 1));
    }

    #[test]
    fn each_pixel_is_the_average_of_what_it_covers() {
        // 4×2 to 2×1: left half red and blue, right half white.
        let mut shrink = Shrinker::new((4, 2), (2, 1));
        shrink.push_row(
            0,
            &[
                255, 0, 0, 255, 255, 0, 0, 255, 255, 255, 255, 255, 255, 255, 255, 255,
            ],
        );
        shrink.push_row(
            1,
            &[
                0, 0, 255, 255, 0, 0, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
            ],
        );
        assert_eq!(shrink.finish(), vec![127, 0, 127, 255, 255, 255, 255, 255]);
    }

    #[test]
    fn transparent_pixels_do_not_darken_their_neighbours() {
        let mut shrink = Shrinker::new((2, 1), (1, 1));
        shrink.push_row(0, &[200, 100, 50, 255, 0, 0, 0, 0]);
        assert_eq!(shrink.finish(), vec![200, 100, 50, 127]);
    }
}

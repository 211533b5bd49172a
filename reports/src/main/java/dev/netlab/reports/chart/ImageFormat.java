package dev.netlab.reports.chart;

/** The file format of the chart images. */
public enum ImageFormat {
    /** Raster, what the default report uses; pastes anywhere. */
    PNG("png", "image/png"),
    /** Vector, via JFreeSVG; sharp at any print size. */
    SVG("svg", "image/svg+xml");

    private final String extension;
    private final String mimeType;

    ImageFormat(String extension, String mimeType) {
        this.extension = extension;
        this.mimeType = mimeType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The MIME type, for data URIs. */
    public String mimeType() {
        return mimeType;
    }
}
